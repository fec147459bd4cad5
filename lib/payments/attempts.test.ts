import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { claimAttemptsDueForQuery } from "./attempt-queries";
import { closePayment } from "./close-payment";
import { failPayment } from "./fail-payment";
import { getCheckout } from "./get-checkout";
import { recordBankMessage } from "./record-bank-message";
import { startAttempt } from "./start-attempt";
import { FIRST_QUERY_AFTER_MS } from "./start-attempt";
import { bankAttempt, paidPayment, pendingPayment } from "./testing";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await db.$disconnect();
});

const start = (paymentId: string, bankCode = "ICBC") =>
  db.$transaction((tx) => startAttempt(tx, { payment: { id: paymentId }, method: "BANK_CARD", bankCode }));

describe("startAttempt", () => {
  it("opens a pending attempt for the payment's amount, to be queried in the background", async () => {
    const payment = await pendingPayment(merchant.merchantId, { amount: 4321n });
    const { attempt } = await db.$transaction((tx) =>
      startAttempt(tx, {
        payment: { checkoutToken: payment.checkoutToken },
        method: "BANK_CARD",
        bankCode: "CCB",
        payerRef: "6222020000000001",
      }),
    );
    expect(attempt).toMatchObject({
      paymentId: payment.id,
      amount: 4321n,
      status: "PENDING",
      bankCode: "CCB",
    });
    expect(attempt.id).toMatch(/^att_/);
    // A full card number never reaches the database.
    expect(attempt.payerRef).toBe("622202******0001");
    expect(attempt.nextQueryAt!.getTime() - attempt.createdAt.getTime()).toBe(FIRST_QUERY_AFTER_MS);
  });

  it("refuses closed, paid, failed and expired payments, and unusable bank codes", async () => {
    const closed = await pendingPayment(merchant.merchantId);
    await closePayment(db, merchant.merchantId, closed.orderId);
    await expect(start(closed.id)).rejects.toMatchObject({ code: "conflict" });
    const paid = await paidPayment(merchant.merchantId);
    await expect(start(paid.id)).rejects.toMatchObject({ code: "conflict" });
    const failed = await pendingPayment(merchant.merchantId);
    await db.$transaction((tx) => failPayment(tx, failed.id, "blocked by a risk rule"));
    await expect(start(failed.id)).rejects.toMatchObject({ code: "conflict" });
    const expiring = await pendingPayment(merchant.merchantId);
    setClockOffset(2 * 3600_000);
    await expect(start(expiring.id)).rejects.toMatchObject({ code: "conflict" });
    setClockOffset(0);
    await expect(start(expiring.id, "bad code!")).rejects.toMatchObject({ code: "invalid_request" });
    await expect(start("pay_missing")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("failPayment", () => {
  it("fails a pending payment for good, with a payment.failed notification", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const failed = await db.$transaction((tx) => failPayment(tx, payment.id, "blocked by a risk rule"));
    expect(failed).toMatchObject({ status: "FAILED", failureReason: "blocked by a risk rule" });
    expect(
      await db.notificationEvent.count({ where: { paymentId: payment.id, type: "payment.failed" } }),
    ).toBe(1);
    expect((await getCheckout(db, payment.checkoutToken))?.state).toBe("failed");
  });
});

describe("claimAttemptsDueForQuery", () => {
  it("hands each due attempt to one caller and moves its next query on", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const attempt = await bankAttempt(payment);
    setClockOffset(FIRST_QUERY_AFTER_MS + 1000);
    const [a, b] = await Promise.all([
      claimAttemptsDueForQuery(db, 1000),
      claimAttemptsDueForQuery(db, 1000),
    ]);
    const mine = [...a, ...b].filter((claimed) => claimed.id === attempt.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.queryCount).toBe(1);
    expect((await claimAttemptsDueForQuery(db, 1000)).some((c) => c.id === attempt.id)).toBe(false);
  });
});

describe("recordBankMessage", () => {
  it("keeps the message for the timeline with card numbers and passwords masked", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const attempt = await bankAttempt(payment);
    const { id } = await recordBankMessage(db, {
      bankCode: "ICBC",
      direction: "IN",
      kind: "notification",
      body: "<Msg><CardNo>6222020000000001</CardNo><Password>123456</Password><Amt>10000</Amt></Msg>",
      verified: true,
      verdict: "accepted",
      attemptId: attempt.id,
      paymentId: payment.id,
    });
    const stored = await db.bankMessage.findUniqueOrThrow({ where: { id } });
    expect(stored.body).toBe(
      "<Msg><CardNo>622202******0001</CardNo><Password>***</Password><Amt>10000</Amt></Msg>",
    );
    expect(stored).toMatchObject({ verified: true, verdict: "accepted", paymentId: payment.id });
  });
});

describe("getCheckout", () => {
  it("shows what the checkout page needs, and whether the payment can be paid", async () => {
    const payment = await pendingPayment(merchant.merchantId, {
      amount: 1999n,
      payerEmail: "buyer@example.com",
    });
    expect(await getCheckout(db, payment.checkoutToken)).toMatchObject({
      paymentId: payment.id,
      merchantName: "Test shop",
      subject: "Blue mug",
      amount: 1999n,
      payerEmail: "buyer@example.com",
      state: "payable",
    });
    expect(await getCheckout(db, "no-such-token")).toBeNull();
  });
});
