import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { errorResponseSchema } from "@/lib/api/schemas/errors";
import { paymentObjectSchema } from "@/lib/api/schemas/payments";
import {
  createTestMerchant,
  readSigned,
  signedRequest,
  type TestMerchant,
} from "@/lib/api/testing/merchant-client";
import { paidPayment, pendingPayment } from "@/lib/payments/testing";
import { GET } from "./route";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await db.$disconnect();
});

function get(orderId: string, who: TestMerchant = merchant) {
  const path = `/api/v1/payments/${encodeURIComponent(orderId)}`;
  return GET(signedRequest(who, "GET", path), { params: Promise.resolve({ orderId }) }).then(readSigned);
}

describe("GET /api/v1/payments/{orderId}", () => {
  it("returns the payment object, signed", async () => {
    const payment = await pendingPayment(merchant.merchantId, { amount: 1999n, metadata: { cart: "77" } });
    const result = await get(payment.orderId);
    expect([result.status, result.signed]).toEqual([200, true]);
    expect(paymentObjectSchema.parse(result.json)).toMatchObject({
      id: payment.id,
      orderId: payment.orderId,
      amount: 1999,
      status: "pending",
      metadata: { cart: "77" },
      createdAt: payment.createdAt.toISOString(),
      expiresAt: payment.expiresAt.toISOString(),
    });
  });

  it("shows a paid payment with its method, bank, fee and paidAt", async () => {
    const payment = await paidPayment(merchant.merchantId, { amount: 10_000n });
    const body = paymentObjectSchema.parse((await get(payment.orderId)).json);
    expect(body).toMatchObject({
      status: "succeeded",
      method: "bank_card",
      bank: payment.bankCode,
      fee: 60,
      paidAt: payment.paidAt?.toISOString(),
    });
  });

  it("shows a payment past its expiresAt as expired", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    setClockOffset(2 * 3600_000 + 1000);
    expect(paymentObjectSchema.parse((await get(payment.orderId)).json).status).toBe("expired");
  });

  it("answers 404 not_found for an unknown order, another merchant's order, and an impossible orderId", async () => {
    const other = await createTestMerchant();
    const theirs = await pendingPayment(other.merchantId);
    for (const orderId of ["NO-SUCH-ORDER", theirs.orderId, "bad id!"]) {
      const result = await get(orderId);
      expect(result.status).toBe(404);
      expect(errorResponseSchema.parse(result.json).error.code).toBe("not_found");
      expect(result.signed).toBe(true);
    }
  });
});
