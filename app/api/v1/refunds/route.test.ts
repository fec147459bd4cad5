import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectError } from "@/lib/api/testing/expect-error";
import { refundObjectSchema } from "@/lib/api/schemas/refunds";
import {
  createTestMerchant,
  readSigned,
  signedRequest,
  type TestMerchant,
} from "@/lib/api/testing/merchant-client";
import { pendingPayment } from "@/lib/payments/testing";
import { walletPaidPayment } from "@/lib/refunds/testing";
import { POST } from "./route";
import { GET } from "./[refundId]/route";

let merchant: TestMerchant;
let other: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant({ apiRateLimitPerSecond: 10_000 });
  other = await createTestMerchant({ apiRateLimitPerSecond: 10_000 });
});

afterAll(async () => {
  await db.$disconnect();
});

function post(body: unknown, who: TestMerchant = merchant) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  return POST(signedRequest(who, "POST", "/api/v1/refunds", raw), { params: Promise.resolve({}) }).then(
    readSigned,
  );
}

function get(refundId: string, who: TestMerchant = merchant) {
  const path = `/api/v1/refunds/${encodeURIComponent(refundId)}`;
  return GET(signedRequest(who, "GET", path), { params: Promise.resolve({ refundId }) }).then(readSigned);
}

const newRefundId = () => `R${randomBytes(6).toString("hex")}`;

describe("POST /api/v1/refunds", () => {
  it("201 with the spec's refund object, signed; the same request again 200 with the same refund", async () => {
    const { payment } = await walletPaidPayment(merchant.merchantId, 2_000n);
    const body = { orderId: payment.orderId, refundId: newRefundId(), amount: 500, reason: "damaged" };
    const first = await post(body);
    expect(first.status).toBe(201);
    expect(first.signed).toBe(true);
    const refund = refundObjectSchema.parse(first.json);
    expect(refund).toMatchObject({
      refundId: body.refundId,
      orderId: payment.orderId,
      amount: 500,
      currency: "CNY",
      status: "succeeded",
      reason: "damaged",
    });
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expectError(await post({ ...body, amount: 501 }), 409, "order_conflict", "refundId");
  });

  it("answers each refusal with its code and field, and changes nothing", async () => {
    const { payment } = await walletPaidPayment(merchant.merchantId, 1_000n);
    const pending = await pendingPayment(merchant.merchantId);
    const body = (overrides: Record<string, unknown>) => ({
      orderId: payment.orderId,
      refundId: newRefundId(),
      amount: 100,
      ...overrides,
    });
    expectError(await post("{not json"), 400, "invalid_request");
    expectError(await post(body({ amount: 1.5 })), 400, "invalid_request", "amount");
    expectError(await post(body({ amount: "100" })), 400, "invalid_request", "amount");
    expectError(await post(body({ refundId: "no spaces" })), 400, "invalid_request", "refundId");
    expectError(await post(body({ orderId: undefined })), 400, "invalid_request", "orderId");
    expectError(await post(body({ reason: "x".repeat(257) })), 400, "invalid_request", "reason");
    expectError(await post(body({ extra: 1 })), 400, "invalid_request", "extra");
    expectError(await post(body({ orderId: "NOPE" })), 404, "not_found", "orderId");
    expectError(await post(body({ orderId: pending.orderId })), 422, "payment_not_refundable", "orderId");
    expectError(await post(body({ amount: 1_001 })), 422, "amount_exceeds_refundable", "amount");
    expectError(await post(body({}), other), 404, "not_found", "orderId");
    expect(await db.refund.count({ where: { paymentId: { in: [payment.id, pending.id] } } })).toBe(0);
  });
});

describe("GET /api/v1/refunds/{refundId}", () => {
  it("returns the merchant's refund; another merchant's is not found", async () => {
    const { payment } = await walletPaidPayment(merchant.merchantId, 1_000n);
    const refundId = newRefundId();
    await post({ orderId: payment.orderId, refundId, amount: 300 });
    const found = await get(refundId);
    expect(found.status).toBe(200);
    expect(found.signed).toBe(true);
    expect(refundObjectSchema.parse(found.json)).toMatchObject({
      refundId,
      amount: 300,
      status: "succeeded",
    });
    expectError(await get(refundId, other), 404, "not_found");
    expectError(await get("not a valid id"), 404, "not_found");
  });
});
