import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { serializePayment } from "./serialize-payment";
import { changeRefundedAmount, lockPaymentForRefund } from "./refund-support";
import { paidPayment } from "./testing";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterAll(async () => {
  await db.$disconnect();
});

const refund = (orderId: string, amount: bigint) =>
  db.$transaction(async (tx) => {
    const locked = await lockPaymentForRefund(tx, { merchantId: merchant.merchantId, orderId });
    if (!locked) throw new Error("missing");
    return changeRefundedAmount(tx, locked.payment, amount);
  });

describe("refund support", () => {
  it("gives the paying attempt and keeps the refunded total within the amount, under concurrency", async () => {
    const payment = await paidPayment(merchant.merchantId, { amount: 1000n });
    const locked = await db.$transaction((tx) => lockPaymentForRefund(tx, { id: payment.id }));
    expect(locked?.paidAttempt).toMatchObject({ id: payment.paidAttemptId, method: "BANK_CARD" });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => refund(payment.orderId, 300n)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results.filter((x) => x.status === "rejected")) {
      expect(r.status === "rejected" && r.reason).toMatchObject({ code: "amount_exceeds_refundable" });
    }
    const stored = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(stored.amountRefunded).toBe(900n);
    expect(serializePayment(stored).amountRefunded).toBe(900);
    expect((await refund(payment.orderId, -300n)).amountRefunded).toBe(600n);
  });

  it("finds nothing for another merchant's order", async () => {
    const other = await createTestMerchant();
    const theirs = await paidPayment(other.merchantId);
    const found = await db.$transaction((tx) =>
      lockPaymentForRefund(tx, { merchantId: merchant.merchantId, orderId: theirs.orderId }),
    );
    expect(found).toBeNull();
  });
});
