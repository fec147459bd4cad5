import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { setClockOffset } from "@/lib/clock";
import { feeFor } from "@/lib/money";
import { accounts, checkLedger, getBalances } from "@/lib/ledger";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { notificationSchema } from "@/lib/api/schemas/notifications";
import { closePayment } from "./close-payment";
import { completeAttempt } from "./record-attempt-result";
import { expireDuePayments } from "./expire-payments";
import { bankAttempt, pendingPayment, testBankCode } from "./testing";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterAll(async () => {
  setClockOffset(0);
  const report = await checkLedger(db);
  expect(report.breaches).toEqual([]);
  expect(report.ok).toBe(true);
  await db.$disconnect();
});

const approve = (attemptId: string, amount: bigint, bankTxnId: string | null = newId("txn")) =>
  completeAttempt(db, { attemptId, outcome: "approved", amount, bankTxnId });

async function entriesFor(paymentId: string) {
  return db.journalEntry.count({ where: { eventType: "payment.succeeded", eventId: paymentId } });
}

describe("recordAttemptResult", () => {
  it("makes a payment succeed once: status, fee, ledger, notification, all together", async () => {
    const bank = testBankCode();
    const payment = await pendingPayment(merchant.merchantId, { amount: 12_345n });
    const attempt = await bankAttempt(payment, bank);
    const fees = accounts.platformFees();
    const before = await getBalances(db, [fees, accounts.merchantPending(merchant.merchantId)]);

    const result = await approve(attempt.id, 12_345n, "BANKTXN1");
    expect(result.result).toBe("succeeded");
    const fee = feeFor(12_345n, 60);
    expect(fee).toBe(74n);
    expect(result.payment).toMatchObject({
      status: "SUCCEEDED",
      method: "BANK_CARD",
      bankCode: bank,
      fee,
      paidAttemptId: attempt.id,
    });
    expect(result.payment?.paidAt).toBeInstanceOf(Date);
    expect(result.attempt).toMatchObject({ status: "APPROVED", bankTxnId: "BANKTXN1" });

    const after = await getBalances(db, [
      fees,
      accounts.merchantPending(merchant.merchantId),
      accounts.bankClearing(bank),
    ]);
    expect(after.get(accounts.bankClearing(bank).code)).toBe(12_345n);
    expect(after.get(fees.code)! - before.get(fees.code)!).toBe(fee);
    expect(
      after.get(accounts.merchantPending(merchant.merchantId).code)! -
        before.get(accounts.merchantPending(merchant.merchantId).code)!,
    ).toBe(12_345n - fee);

    const events = await db.notificationEvent.findMany({ where: { paymentId: payment.id } });
    expect(events).toHaveLength(1);
    const body = notificationSchema.parse(events[0]?.payload);
    expect(body).toMatchObject({
      id: events[0]?.id,
      type: "payment.succeeded",
      data: { status: "succeeded", fee: 74, bank },
    });
    expect(
      await db.job.count({
        where: { type: "notify.deliver", payload: { equals: { eventId: events[0]!.id } } },
      }),
    ).toBe(1);
  });

  it("changes nothing on a repeated approval (duplicate), even concurrently", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const attempt = await bankAttempt(payment);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => approve(attempt.id, payment.amount, "TXN-SAME")),
    );
    expect(results.map((r) => r.result).sort()).toEqual([
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "succeeded",
    ]);
    expect(await entriesFor(payment.id)).toBe(1);
    expect(await db.notificationEvent.count({ where: { paymentId: payment.id } })).toBe(1);
  });

  it("lets a payment succeed at most once when two attempts are approved", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const first = await bankAttempt(payment);
    const second = await bankAttempt(payment);
    const [a, b] = await Promise.all([approve(first.id, payment.amount), approve(second.id, payment.amount)]);
    expect([a.result, b.result].sort()).toEqual(["succeeded", "unmatched"]);
    expect(await entriesFor(payment.id)).toBe(1);
    const stored = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    const winner = a.result === "succeeded" ? first : second;
    expect(stored.paidAttemptId).toBe(winner.id);
  });

  it("leaves the payment pending on a decline, so another attempt can pay it", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const declined = await bankAttempt(payment);
    const result = await completeAttempt(db, {
      attemptId: declined.id,
      outcome: "declined",
      amount: payment.amount,
      declineReason: "insufficient_funds",
    });
    expect(result.result).toBe("declined");
    expect(result.payment?.status).toBe("PENDING");
    expect(result.attempt).toMatchObject({ status: "DECLINED", declineReason: "insufficient_funds" });
    expect(await entriesFor(payment.id)).toBe(0);
    const retry = await bankAttempt(payment);
    expect((await approve(retry.id, payment.amount)).result).toBe("succeeded");
  });

  it("ignores results that contradict an attempt's first answer (out of order)", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const attempt = await bankAttempt(payment);
    await approve(attempt.id, payment.amount, "TXN-A");
    const late = await completeAttempt(db, {
      attemptId: attempt.id,
      outcome: "declined",
      amount: payment.amount,
    });
    expect(late.result).toBe("conflicting");
    expect(late.payment?.status).toBe("SUCCEEDED");

    const other = await pendingPayment(merchant.merchantId);
    const declined = await bankAttempt(other);
    await completeAttempt(db, { attemptId: declined.id, outcome: "declined", amount: other.amount });
    const approvedLater = await approve(declined.id, other.amount);
    expect(approvedLater.result).toBe("conflicting");
    expect(approvedLater.payment?.status).toBe("PENDING");
    expect(await entriesFor(other.id)).toBe(0);
  });

  it("refuses and records an answer for another amount or currency", async () => {
    const payment = await pendingPayment(merchant.merchantId, { amount: 5000n });
    const attempt = await bankAttempt(payment);
    const result = await approve(attempt.id, 4999n);
    expect(result.result).toBe("amount_mismatch");
    expect(result.attempt).toMatchObject({ status: "REJECTED", declineReason: "amount_mismatch" });
    expect(result.payment?.status).toBe("PENDING");
    const other = await bankAttempt(payment);
    const wrongCurrency = await completeAttempt(db, {
      attemptId: other.id,
      outcome: "approved",
      amount: 5000n,
      currency: "USD",
    });
    expect(wrongCurrency.result).toBe("amount_mismatch");
    expect(await entriesFor(payment.id)).toBe(0);
  });

  it("records a late approval after close or expiry as unmatched and changes nothing else", async () => {
    const closed = await pendingPayment(merchant.merchantId);
    const closedAttempt = await bankAttempt(closed);
    await closePayment(db, merchant.merchantId, closed.orderId);
    // Closing with an unanswered attempt is the merchant's call; the attempt's approval comes too late.
    const afterClose = await approve(closedAttempt.id, closed.amount);
    expect(afterClose.result).toBe("unmatched");
    expect(afterClose.payment?.status).toBe("CLOSED");
    expect(afterClose.attempt?.status).toBe("UNMATCHED");

    const expiring = await pendingPayment(merchant.merchantId);
    const attempt = await bankAttempt(expiring);
    setClockOffset(3 * 3600_000);
    await expireDuePayments(db);
    const afterExpiry = await approve(attempt.id, expiring.amount);
    setClockOffset(0);
    expect(afterExpiry.result).toBe("unmatched");
    expect(afterExpiry.payment?.status).toBe("EXPIRED");
    expect(await entriesFor(closed.id)).toBe(0);
    expect(await entriesFor(expiring.id)).toBe(0);
  });

  it("refuses a bank transaction id already used by another attempt, and unknown attempts", async () => {
    const bank = testBankCode();
    const first = await pendingPayment(merchant.merchantId);
    const second = await pendingPayment(merchant.merchantId);
    await approve((await bankAttempt(first, bank)).id, first.amount, "TXN-ONCE");
    const replay = await approve((await bankAttempt(second, bank)).id, second.amount, "TXN-ONCE");
    expect(replay.result).toBe("conflicting");
    expect(replay.payment?.status).toBe("PENDING");
    expect((await approve("att_forged", 1n)).result).toBe("unknown_attempt");
  });

  it("posts no fee line for a merchant without a fee, and the merchant's own rate otherwise", async () => {
    for (const feeBps of [0, 250]) {
      const custom = await createTestMerchant({ feeBps });
      const payment = await pendingPayment(custom.merchantId, { amount: 10_001n });
      const result = await approve((await bankAttempt(payment)).id, payment.amount);
      expect(result.payment?.fee).toBe(feeFor(10_001n, feeBps));
      const pendingBalance = await getBalances(db, [accounts.merchantPending(custom.merchantId)]);
      expect(pendingBalance.get(accounts.merchantPending(custom.merchantId).code)).toBe(
        10_001n - feeFor(10_001n, feeBps),
      );
    }
  });

  it("is guarded by the database too: a final status cannot change", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    await approve((await bankAttempt(payment)).id, payment.amount);
    await expect(
      db.payment.update({ where: { id: payment.id }, data: { status: "CLOSED" } }),
    ).rejects.toThrow();
    await expect(db.payment.update({ where: { id: payment.id }, data: { amount: 1n } })).rejects.toThrow();
  });
});
