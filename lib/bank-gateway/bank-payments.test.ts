import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The gateway's public address for this file: the banks post their notifications here.
const GATEWAY_PORT = 45_000 + (process.pid % 1000);
vi.hoisted(() => {
  process.env.APP_URL = `http://127.0.0.1:${45_000 + (process.pid % 1000)}`;
});

const { db } = await import("@/lib/db");
const { payAtBank } = await import("@/lib/banks/testing/shopper");
const { createMerchant } = await import("@/lib/merchants/create-merchant");
const { pendingPayment } = await import("@/lib/payments/testing");
const { checkLedger } = await import("@/lib/ledger");
const { startBankHarness } = await import("./testing");
const { startBankPayment } = await import("./start-bank-payment");
const { handleBankReturn } = await import("./handle-bank-return");
const { handleBankNotification } = await import("./handle-bank-notification");
const { queryPendingAttempts } = await import("./query-pending-attempts");
const { setBankEnabled } = await import("./enabled-banks");
const { setClockOffset, advanceClock } = await import("@/lib/clock");

let harness: Awaited<ReturnType<typeof startBankHarness>>;
let merchantId: string;

beforeAll(async () => {
  harness = await startBankHarness(GATEWAY_PORT);
  const merchant = await createMerchant(db, {
    name: "Bank Test Shop",
    email: "bt@example.com",
    siteUrl: "https://bt.example",
    status: "ACTIVE",
  });
  merchantId = merchant.id;
});

afterAll(async () => {
  setClockOffset(0);
  await harness.stop();
});

async function payment() {
  return pendingPayment(merchantId, { amount: 1999n });
}

async function statusOf(paymentId: string) {
  return (await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).status;
}

describe("paying at the banks through the connectors", () => {
  it.each(["icmb", "ccmb", "mcmb"])(
    "%s: the shopper's return and the notification complete the payment once",
    async (bank) => {
      const p = await payment();
      const { redirect } = await startBankPayment(db, { checkoutToken: p.checkoutToken, bankCode: bank });
      const outcome = await payAtBank(redirect, "6222020000000001", "123456");
      expect(outcome.kind).toBe("return");
      if (outcome.kind !== "return") return;
      const destination = await handleBankReturn(db, bank, outcome.params);
      expect(destination).toEqual({ kind: "merchant", url: p.returnUrl });
      expect(await statusOf(p.id)).toBe("SUCCEEDED");

      // The bank's own notification arrives too (over HTTP, racing the shopper's return): whichever
      // comes first completes the payment and the other is recorded as a duplicate.
      await vi.waitFor(
        async () => {
          const messages = await db.bankMessage.findMany({
            where: { paymentId: p.id, direction: "IN" },
            select: { kind: true, verdict: true },
          });
          expect(messages.map((m) => m.kind)).toContain("notification");
          expect(messages.filter((m) => m.verdict === "succeeded")).toHaveLength(1);
          expect(messages.filter((m) => m.verdict !== "succeeded").map((m) => m.verdict)).toEqual(
            messages.slice(1).map(() => "duplicate"),
          );
        },
        { timeout: 10_000, interval: 100 },
      );
      const entries = await db.journalEntry.count({
        where: { eventType: "payment.succeeded", eventId: p.id },
      });
      expect(entries).toBe(1);
      expect((await checkLedger(db)).ok).toBe(true);
    },
  );

  it("a decline leaves the payment pending and sends the shopper back to the checkout", async () => {
    const p = await payment();
    const { redirect } = await startBankPayment(db, { checkoutToken: p.checkoutToken, bankCode: "ccmb" });
    const outcome = await payAtBank(redirect, "6222020000000002", "123456");
    if (outcome.kind !== "return") throw new Error("expected a return");
    const destination = await handleBankReturn(db, "ccmb", outcome.params);
    expect(destination).toEqual({
      kind: "checkout",
      checkoutToken: p.checkoutToken,
      declined: "insufficient_funds",
    });
    expect(await statusOf(p.id)).toBe("PENDING");
  });

  it("a forged return or notification is refused, kept as evidence, and changes nothing", async () => {
    const p = await payment();
    const { redirect } = await startBankPayment(db, { checkoutToken: p.checkoutToken, bankCode: "mcmb" });
    const outcome = await payAtBank(redirect, "6222020000000002", "123456");
    if (outcome.kind !== "return") throw new Error("expected a return");
    const forged = { ...outcome.params, sub_code: "SUCCESS", code: "10000", trade_status: "TRADE_SUCCESS" };
    expect(await handleBankReturn(db, "mcmb", forged)).toEqual({ kind: "invalid" });
    const ack = await handleBankNotification(db, "icmb", {
      body: "<Notify><Head/></Notify>",
      contentType: "application/xml",
    });
    expect(ack.status).toBe(400);
    expect(await statusOf(p.id)).toBe("PENDING");
    expect(
      await db.bankMessage.count({ where: { verified: false, bankCode: { in: ["mcmb", "icmb"] } } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("a lost notification (card 0003) is found by the background query", async () => {
    const p = await payment();
    const { redirect } = await startBankPayment(db, { checkoutToken: p.checkoutToken, bankCode: "icmb" });
    expect((await payAtBank(redirect, "6222020000000003", "123456")).kind).toBe("stays");
    expect(await statusOf(p.id)).toBe("PENDING");
    advanceClock(25_000); // the first query is due 20 s after the attempt opened
    await queryPendingAttempts();
    setClockOffset(0);
    expect(await statusOf(p.id)).toBe("SUCCEEDED");
  });

  it("a disabled bank cannot be chosen", async () => {
    const p = await payment();
    await setBankEnabled(db, { code: "ccmb", enabled: false, by: "test" });
    try {
      await expect(
        startBankPayment(db, { checkoutToken: p.checkoutToken, bankCode: "ccmb" }),
      ).rejects.toMatchObject({ field: "bankCode" });
    } finally {
      await setBankEnabled(db, { code: "ccmb", enabled: true, by: "test" });
    }
  });
});
