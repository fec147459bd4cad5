import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { feeFor } from "@/lib/money";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { fund } from "@/lib/ledger/test-helpers";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { closePayment } from "./close-payment";
import { payWithWallet } from "./pay-with-wallet";
import { serializePayment } from "./serialize-payment";
import { createWalletUser, pendingPayment } from "./testing";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterAll(async () => {
  setClockOffset(0);
  expect((await checkLedger(db)).ok).toBe(true);
  await db.$disconnect();
});

describe("payWithWallet", () => {
  it("pays from the wallet: wallet debited, merchant and fee credited, payment succeeded", async () => {
    const userId = await createWalletUser();
    await fund(db, accounts.wallet(userId), 50_000n);
    const payment = await pendingPayment(merchant.merchantId, { amount: 20_000n });
    const result = await payWithWallet(db, { payment: { checkoutToken: payment.checkoutToken }, userId });
    expect(result.status).toBe("succeeded");
    expect(result.payment).toMatchObject({
      status: "SUCCEEDED",
      method: "WALLET",
      bankCode: null,
      fee: feeFor(20_000n, 60),
    });
    expect(result.attempt).toMatchObject({ status: "APPROVED", method: "WALLET", payerUserId: userId });
    expect(serializePayment(result.payment)).toMatchObject({ method: "wallet", bank: null, fee: 120 });
    expect(await getBalance(db, accounts.wallet(userId))).toBe(30_000n);
    expect(
      await db.notificationEvent.count({ where: { paymentId: payment.id, type: "payment.succeeded" } }),
    ).toBe(1);
  });

  it("declines clearly when the wallet cannot cover the amount, leaving the payment pending", async () => {
    const userId = await createWalletUser();
    await fund(db, accounts.wallet(userId), 999n);
    const payment = await pendingPayment(merchant.merchantId, { amount: 1000n });
    const result = await payWithWallet(db, { payment: { id: payment.id }, userId });
    expect(result).toMatchObject({ status: "declined", reason: "insufficient_funds" });
    expect(result.attempt).toMatchObject({ status: "DECLINED", declineReason: "insufficient_funds" });
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("PENDING");
    expect(await getBalance(db, accounts.wallet(userId))).toBe(999n);
    expect(await db.journalEntry.count({ where: { eventId: payment.id } })).toBe(0);
    // Topped up, the shopper can try again.
    await fund(db, accounts.wallet(userId), 1n);
    expect((await payWithWallet(db, { payment: { id: payment.id }, userId })).status).toBe("succeeded");
  });

  it("never overdraws a wallet paying two payments at once: one succeeds, one is declined", async () => {
    const userId = await createWalletUser();
    await fund(db, accounts.wallet(userId), 1500n);
    const a = await pendingPayment(merchant.merchantId, { amount: 1000n });
    const b = await pendingPayment(merchant.merchantId, { amount: 1000n });
    const results = await Promise.all([
      payWithWallet(db, { payment: { id: a.id }, userId }),
      payWithWallet(db, { payment: { id: b.id }, userId }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["declined", "succeeded"]);
    expect(await getBalance(db, accounts.wallet(userId))).toBe(500n);
  });

  it("pays a payment once when the same wallet pays it twice at once", async () => {
    const userId = await createWalletUser();
    await fund(db, accounts.wallet(userId), 10_000n);
    const payment = await pendingPayment(merchant.merchantId, { amount: 1000n });
    const results = await Promise.allSettled([
      payWithWallet(db, { payment: { id: payment.id }, userId }),
      payWithWallet(db, { payment: { id: payment.id }, userId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(await getBalance(db, accounts.wallet(userId))).toBe(9000n);
  });

  it("refuses a closed or expired payment, and a suspended or unknown wallet user", async () => {
    const userId = await createWalletUser();
    await fund(db, accounts.wallet(userId), 10_000n);
    const closed = await pendingPayment(merchant.merchantId);
    await closePayment(db, merchant.merchantId, closed.orderId);
    await expect(payWithWallet(db, { payment: { id: closed.id }, userId })).rejects.toMatchObject({
      code: "conflict",
    });
    const expiring = await pendingPayment(merchant.merchantId);
    setClockOffset(2 * 3600_000 + 1000);
    await expect(payWithWallet(db, { payment: { id: expiring.id }, userId })).rejects.toMatchObject({
      code: "conflict",
    });
    setClockOffset(0);
    const payment = await pendingPayment(merchant.merchantId);
    await expect(
      payWithWallet(db, { payment: { id: payment.id }, userId: "usr_nobody" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(payWithWallet(db, { payment: { checkoutToken: "nope" }, userId })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await getBalance(db, accounts.wallet(userId))).toBe(10_000n);
  });
});
