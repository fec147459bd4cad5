import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The gateway's public address for this file: the banks post their notifications here.
const GATEWAY_PORT = 47_000 + (process.pid % 1000);
vi.hoisted(() => {
  process.env.APP_URL = `http://127.0.0.1:${47_000 + (process.pid % 1000)}`;
});

const { db } = await import("@/lib/db");
const { payAtBank } = await import("@/lib/banks/testing/shopper");
const { createWalletUser } = await import("@/lib/payments/testing");
const { createTopUp, payWithWallet, TOP_UP_MERCHANT_ID, getCheckout } = await import("@/lib/payments");
const { accounts, checkLedger, getBalance } = await import("@/lib/ledger");
const { startBankHarness } = await import("./testing");
const { startBankPayment } = await import("./start-bank-payment");
const { startTopUp } = await import("./start-top-up");
const { handleBankReturn } = await import("./handle-bank-return");

let harness: Awaited<ReturnType<typeof startBankHarness>>;

beforeAll(async () => {
  harness = await startBankHarness(GATEWAY_PORT);
});

afterAll(async () => {
  await harness.stop();
  expect((await checkLedger(db)).ok).toBe(true);
});

describe("wallet top-ups by bank card", () => {
  it.each(["icmb", "ccmb"])(
    "%s: the bank approves and the wallet is credited in full, with no fee",
    async (bank) => {
      const userId = await createWalletUser();
      const topUp = await createTopUp(db, { userId, email: `${userId}@example.com`, amount: 12_345n });
      const { redirect } = await startBankPayment(db, { checkoutToken: topUp.checkoutToken, bankCode: bank });
      const outcome = await payAtBank(redirect, "6222020000000001", "123456");
      if (outcome.kind !== "return") throw new Error("expected a return");
      expect(await handleBankReturn(db, bank, outcome.params)).toEqual({
        kind: "merchant",
        url: topUp.returnUrl,
      });
      expect(topUp.returnUrl).toBe(`${process.env.APP_URL}/wallet/top-up/${topUp.id}`);
      expect(await getBalance(db, accounts.wallet(userId))).toBe(12_345n);
      const paid = await db.payment.findUniqueOrThrow({ where: { id: topUp.id } });
      expect(paid).toMatchObject({ status: "SUCCEEDED", fee: 0n, merchantId: TOP_UP_MERCHANT_ID });
      expect(await getBalance(db, accounts.merchantPending(TOP_UP_MERCHANT_ID))).toBe(0n);
      expect(await db.notificationEvent.count({ where: { paymentId: topUp.id } })).toBe(0);
    },
  );

  it("a decline sends the payer back to the top-up page, with nothing credited", async () => {
    const userId = await createWalletUser();
    const topUp = await createTopUp(db, { userId, email: `${userId}@example.com`, amount: 500n });
    const { redirect } = await startBankPayment(db, { checkoutToken: topUp.checkoutToken, bankCode: "ccmb" });
    const outcome = await payAtBank(redirect, "6222020000000002", "123456");
    if (outcome.kind !== "return") throw new Error("expected a return");
    expect(await handleBankReturn(db, "ccmb", outcome.params)).toEqual({
      kind: "merchant",
      url: topUp.returnUrl,
    });
    expect(await getBalance(db, accounts.wallet(userId))).toBe(0n);
  });

  it("has no hosted checkout, cannot be paid from a wallet, and startTopUp leads to the bank", async () => {
    const userId = await createWalletUser();
    const topUp = await createTopUp(db, { userId, email: `${userId}@example.com`, amount: 500n });
    expect(await getCheckout(db, topUp.checkoutToken)).toBeNull();
    await expect(payWithWallet(db, { payment: { id: topUp.id }, userId })).rejects.toMatchObject({
      code: "conflict",
    });
    const started = await startTopUp(db, {
      userId,
      email: `${userId}@example.com`,
      amount: 700n,
      bankCode: "icmb",
    });
    expect(started.location).toMatch(/^\/pay\/[^/]+\/bank\/att_/);
    const ccmb = await startTopUp(db, {
      userId,
      email: `${userId}@example.com`,
      amount: 700n,
      bankCode: "ccmb",
    });
    expect(ccmb.location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    await expect(
      startTopUp(db, { userId, email: `${userId}@example.com`, amount: 0n, bankCode: "ccmb" }),
    ).rejects.toMatchObject({ field: "amount" });
  });
});
