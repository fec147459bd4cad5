import { setMerchantTerms } from "@/lib/merchants/set-merchant-terms";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { addDays, shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { paidPayment } from "@/lib/payments/testing";
import { businessDaysBefore, isBusinessDay } from "./business-days";
import { runSettlement } from "./run-settlement";
import { settleMerchant } from "./settle-merchant";

afterAll(async () => {
  await db.$disconnect();
});

function nextBusinessDay(day: string): string {
  let next = addDays(day, 1);
  while (!isBusinessDay(next)) next = addDays(next, 1);
  return next;
}

async function activeMerchant(settlementDelayDays = 1) {
  const merchant = await createMerchant(db, {
    name: "Settle Shop",
    email: "settle@example.com",
    siteUrl: "https://settle.example",
    status: "ACTIVE",
  });
  if (settlementDelayDays !== 1) {
    await db.merchant.update({ where: { id: merchant.id }, data: { settlementDelayDays } });
  }
  return merchant;
}

const balances = async (merchantId: string) => ({
  pending: await getBalance(db, accounts.merchantPending(merchantId)),
  available: await getBalance(db, accounts.merchantAvailable(merchantId)),
});

describe("business days", () => {
  it("skips weekends in Asia/Shanghai", () => {
    expect(isBusinessDay("2026-11-20")).toBe(true); // Friday
    expect(isBusinessDay("2026-11-21")).toBe(false);
    expect(isBusinessDay("2026-11-22")).toBe(false);
    expect(businessDaysBefore("2026-11-23", 1)).toBe("2026-11-20");
    expect(businessDaysBefore("2026-11-24", 0)).toBe("2026-11-24");
  });
});

describe("settlement", () => {
  it("settles yesterday's payments T+1 as one ledger entry, once", async () => {
    const merchant = await activeMerchant();
    const first = await paidPayment(merchant.id, { amount: 10_000n });
    const second = await paidPayment(merchant.id, { amount: 5_000n });
    const net = first.amount - first.fee + second.amount - second.fee;
    expect(await balances(merchant.id)).toEqual({ pending: net, available: 0n });

    const day = nextBusinessDay(shanghaiDay(now()));
    const settlement = await settleMerchant(db, { merchantId: merchant.id, day });
    expect(settlement).toMatchObject({ businessDay: day, amount: net, paymentCount: 2 });
    expect(await balances(merchant.id)).toEqual({ pending: 0n, available: net });
    const entry = await db.journalEntry.findUnique({
      where: { eventType_eventId: { eventType: "settlement.completed", eventId: settlement?.id ?? "" } },
      include: { postings: true },
    });
    expect(entry?.postings).toHaveLength(2);
    expect(
      (await db.payment.findMany({ where: { id: { in: [first.id, second.id] } } })).map(
        (p) => p.settlementId,
      ),
    ).toEqual([settlement?.id, settlement?.id]);

    // Again, and concurrently: nothing more moves.
    const again = await Promise.all([
      settleMerchant(db, { merchantId: merchant.id, day }),
      runSettlement(db, day),
    ]);
    expect(again[0]).toBeNull();
    expect(await balances(merchant.id)).toEqual({ pending: 0n, available: net });
    expect((await checkLedger(db)).ok).toBe(true);
  });

  it("leaves today's payments pending, and waits for the merchant's own delay (T+2)", async () => {
    const merchant = await activeMerchant(2);
    const payment = await paidPayment(merchant.id, { amount: 20_000n });
    const today = shanghaiDay(now());
    expect(await settleMerchant(db, { merchantId: merchant.id, day: today })).toBeNull();
    const first = nextBusinessDay(today);
    expect(await settleMerchant(db, { merchantId: merchant.id, day: first })).toBeNull();
    const second = nextBusinessDay(first);
    expect(await settleMerchant(db, { merchantId: merchant.id, day: second })).toMatchObject({
      amount: payment.amount - payment.fee,
    });
  });

  it("does nothing on a weekend", async () => {
    const merchant = await activeMerchant();
    await paidPayment(merchant.id, { amount: 1_000n });
    expect(await settleMerchant(db, { merchantId: merchant.id, day: "2026-11-28" })).toBeNull();
    expect(await runSettlement(db, "2026-11-29")).toEqual({ day: "2026-11-29", settled: 0 });
  });
});

describe("merchant terms", () => {
  it("an admin sets the settlement delay and withdrawal limit; others cannot", async () => {
    const merchant = await activeMerchant();
    const admin = { id: "usr_admin", email: "admin@example.com", role: "ADMIN" as const };
    await setMerchantTerms(db, {
      admin,
      merchantId: merchant.id,
      terms: { settlementDelayDays: 3, withdrawalLimit: 100_000n },
    });
    expect(await db.merchant.findUnique({ where: { id: merchant.id } })).toMatchObject({
      settlementDelayDays: 3,
      withdrawalLimit: 100_000n,
    });
    await expect(
      setMerchantTerms(db, {
        admin: { ...admin, role: "REVIEWER" },
        merchantId: merchant.id,
        terms: { settlementDelayDays: 1, withdrawalLimit: 1n },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setMerchantTerms(db, {
        admin,
        merchantId: merchant.id,
        terms: { settlementDelayDays: 0, withdrawalLimit: 1n },
      }),
    ).rejects.toMatchObject({ code: "invalid_request", field: "settlementDelayDays" });
  });
});
