import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { APPROVED } from "@/lib/banks/testing/flows";
import { startHarness, type Harness } from "@/lib/banks/testing/harness";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { merchantMember } from "@/lib/merchant-dashboard/testing";
import { addDays, shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { paidPayment } from "@/lib/payments/testing";
import { settleMerchant } from "@/lib/settlement/settle-merchant";
import { isBusinessDay } from "@/lib/settlement/business-days";
import { processDueWithdrawals, processWithdrawal } from "./process-withdrawal";
import { registerBankAccount } from "./register-bank-account";
import { requestWithdrawal } from "./request-withdrawal";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.stop();
  await db.$disconnect();
});

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

const connectorFor = (code: string) => harness.registry.connector(code);
const bankCode = () => harness.registry.list()[0]?.code ?? "icmb";
const available = (merchantId: string) => getBalance(db, accounts.merchantAvailable(merchantId));

/** An approved merchant with a signed agreement, ¥100.00 settled, its owner and a bank account. */
async function fundedMerchant(accountNumber = APPROVED) {
  const merchant = await createMerchant(db, {
    name: "Withdraw Shop",
    email: "withdraw@example.com",
    siteUrl: "https://withdraw.example",
    status: "ACTIVE",
    feeBps: 0,
  });
  const ownerId = await merchantMember(merchant.id, "OWNER");
  await paidPayment(merchant.id, { amount: 10_000n });
  let day = addDays(shanghaiDay(now()), 1);
  while (!isBusinessDay(day)) day = addDays(day, 1);
  await settleMerchant(db, { merchantId: merchant.id, day });
  const account = await registerBankAccount(db, {
    userId: ownerId,
    merchantId: merchant.id,
    knownBanks: harness.registry.list().map((b) => b.code),
    input: { bankCode: bankCode(), accountName: "Withdraw Shop Ltd", accountNumber },
  });
  // The gateway keeps the number sealed, never in clear.
  expect(account.accountNumberSealed).not.toContain(accountNumber);
  expect(account.last4).toBe(accountNumber.slice(-4));
  return { merchant, ownerId, account };
}

async function settle(withdrawalId: string) {
  for (let i = 0; i < 50; i++) {
    await processWithdrawal(db, withdrawalId, connectorFor);
    const row = await db.withdrawal.findUniqueOrThrow({ where: { id: withdrawalId } });
    if (row.status !== "PROCESSING") return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("withdrawal stayed processing");
}

describe("withdrawals", () => {
  it("pays the available balance out through the bank, with a ledger trail", async () => {
    const { merchant, ownerId, account } = await fundedMerchant();
    expect(await available(merchant.id)).toBe(10_000n);
    const withdrawal = await requestWithdrawal(db, {
      userId: ownerId,
      bankAccountId: account.id,
      amount: 6_000n,
    });
    expect(withdrawal).toMatchObject({ status: "PROCESSING", amount: 6_000n });
    expect(await available(merchant.id)).toBe(4_000n);
    expect(await settle(withdrawal.id)).toMatchObject({
      status: "SUCCEEDED",
      bankPayoutId: expect.any(String),
    });
    expect(await available(merchant.id)).toBe(4_000n);
    const trail = await db.journalEntry.findMany({ where: { eventId: withdrawal.id } });
    expect(trail.map((e) => e.eventType)).toEqual(["withdrawal.requested"]);
    expect((await checkLedger(db)).ok).toBe(true);
  });

  it("gives the money back when the bank refuses the payout", async () => {
    const { merchant, ownerId, account } = await fundedMerchant("6222021234567890");
    const withdrawal = await requestWithdrawal(db, {
      userId: ownerId,
      bankAccountId: account.id,
      amount: 10_000n,
    });
    expect(await available(merchant.id)).toBe(0n);
    await db.withdrawal.update({ where: { id: withdrawal.id }, data: { nextQueryAt: new Date(0) } });
    await processDueWithdrawals(db, connectorFor);
    expect(await settle(withdrawal.id)).toMatchObject({ status: "FAILED", failureReason: "account_unknown" });
    expect(await available(merchant.id)).toBe(10_000n);
    const trail = await db.journalEntry.findMany({
      where: { eventId: withdrawal.id },
      orderBy: { createdAt: "asc" },
    });
    expect(trail.map((e) => e.eventType)).toEqual(["withdrawal.requested", "withdrawal.failed"]);
  });

  it("refuses, with the reason: unsigned agreement, above the limit, above the balance", async () => {
    const { merchant, ownerId, account } = await fundedMerchant();
    const ask = (amount: bigint) =>
      caught(requestWithdrawal(db, { userId: ownerId, bankAccountId: account.id, amount }));
    expect(await ask(10_001n)).toMatchObject({ code: "insufficient_funds", field: "amount" });
    expect(await ask(0n)).toMatchObject({ code: "invalid_request", field: "amount" });
    await db.merchant.update({ where: { id: merchant.id }, data: { withdrawalLimit: 5_000n } });
    expect(await ask(5_001n)).toMatchObject({
      code: "invalid_request",
      message: expect.stringContaining("¥50.00"),
    });
    await db.merchant.update({ where: { id: merchant.id }, data: { agreementSignedAt: null } });
    expect(await ask(100n)).toMatchObject({ code: "forbidden", message: expect.stringMatching(/agreement/) });
    expect(await db.withdrawal.count({ where: { merchantId: merchant.id } })).toBe(0);
    expect(await available(merchant.id)).toBe(10_000n);
  });

  it("checks the permission and the tenant of the bank account", async () => {
    const { merchant, account } = await fundedMerchant();
    const viewer = await merchantMember(merchant.id, "OPERATOR", ["payments.view"]);
    const withdrawer = await merchantMember(merchant.id, "OPERATOR", ["withdrawals.create"]);
    expect(
      await caught(requestWithdrawal(db, { userId: viewer, bankAccountId: account.id, amount: 100n })),
    ).toMatchObject({
      code: "forbidden",
    });
    await requestWithdrawal(db, { userId: withdrawer, bankAccountId: account.id, amount: 100n });
    const other = await fundedMerchant();
    expect(
      await caught(requestWithdrawal(db, { userId: other.ownerId, bankAccountId: account.id, amount: 100n })),
    ).toMatchObject({ code: "not_found" });
    expect(
      await caught(
        registerBankAccount(db, {
          userId: other.ownerId,
          merchantId: merchant.id,
          knownBanks: [bankCode()],
          input: { bankCode: bankCode(), accountName: "x", accountNumber: APPROVED },
        }),
      ),
    ).toMatchObject({ code: "not_found" });
  });

  it("never spends the same money twice under concurrency", async () => {
    const { merchant, ownerId, account } = await fundedMerchant();
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        requestWithdrawal(db, { userId: ownerId, bankAccountId: account.id, amount: 4_000n }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await available(merchant.id)).toBe(2_000n);
  });
});
