import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { walletPaidPayment } from "@/lib/refunds/testing";
import { refundPaymentFromDashboard } from "./refund-payment";
import { merchantMember } from "./testing";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("refundPaymentFromDashboard", () => {
  it("refunds for the owner and for operators holding refunds.create; a double submit refunds once", async () => {
    const { payment } = await walletPaidPayment(merchant.merchantId, 3_000n);
    const owner = await merchantMember(merchant.merchantId, "OWNER", []);
    const refunder = await merchantMember(merchant.merchantId, "OPERATOR", ["refunds.create"]);
    const refundId = newId("drf");
    const input = { paymentId: payment.id, amount: 1_000n, reason: null, refundId };
    const first = await refundPaymentFromDashboard(db, { ...input, userId: owner });
    const again = await refundPaymentFromDashboard(db, { ...input, userId: owner });
    expect(first.created).toBe(true);
    expect(again).toEqual({ refund: first.refund, created: false });
    expect(first.refund).toMatchObject({ source: "dashboard", createdByUserId: owner, status: "SUCCEEDED" });
    const second = await refundPaymentFromDashboard(db, {
      ...input,
      refundId: newId("drf"),
      userId: refunder,
    });
    expect(second.created).toBe(true);
  });

  it("refuses viewers and other merchants' members, changing nothing", async () => {
    const { payment } = await walletPaidPayment(merchant.merchantId, 3_000n);
    const viewer = await merchantMember(merchant.merchantId, "OPERATOR", ["payments.view"]);
    const stranger = await merchantMember((await createTestMerchant()).merchantId, "OWNER", []);
    const input = { paymentId: payment.id, amount: 100n, reason: null, refundId: newId("drf") };
    await expect(refundPaymentFromDashboard(db, { ...input, userId: viewer })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(refundPaymentFromDashboard(db, { ...input, userId: stranger })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.refund.count({ where: { paymentId: payment.id } })).toBe(0);
  });
});
