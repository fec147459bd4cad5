import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectError } from "@/lib/api/testing/expect-error";
import { paymentSplitsSchema } from "@/lib/api/schemas/splits";
import {
  createTestMerchant,
  paymentBody,
  readSigned,
  signedRequest,
  type TestMerchant,
} from "@/lib/api/testing/merchant-client";
import { POST } from "../../route";
import { GET } from "./route";

let platform: TestMerchant;
let sub: TestMerchant;
let stranger: TestMerchant;

beforeAll(async () => {
  platform = await createTestMerchant();
  sub = await createTestMerchant();
  stranger = await createTestMerchant();
  await db.merchant.update({
    where: { id: sub.merchantId },
    data: { platformMerchantId: platform.merchantId },
  });
});

afterAll(async () => {
  await db.$disconnect();
});

function create(body: unknown) {
  const raw = JSON.stringify(body);
  return POST(signedRequest(platform, "POST", "/api/v1/payments", raw), { params: Promise.resolve({}) }).then(
    readSigned,
  );
}

function splitsOf(orderId: string, who: TestMerchant = platform) {
  const path = `/api/v1/payments/${orderId}/splits`;
  return GET(signedRequest(who, "GET", path), { params: Promise.resolve({ orderId }) }).then(readSigned);
}

describe("split payments through the API", () => {
  it("creates a payment with shares for sub-merchants and shows them held", async () => {
    const body = paymentBody({ amount: 10_000, splits: [{ merchantId: sub.merchantId, amount: 2_500 }] });
    const created = await create(body);
    expect(created.status).toBe(201);
    // A retry with the same shares is the same request.
    expect((await create(body)).status).toBe(200);
    const result = await splitsOf(String(body.orderId));
    expect([result.status, result.signed]).toEqual([200, true]);
    expect(paymentSplitsSchema.parse(result.json)).toEqual({
      orderId: String(body.orderId),
      splits: [
        {
          merchantId: sub.merchantId,
          merchantName: expect.any(String) as string,
          amount: 2_500,
          amountReversed: 0,
          status: "held",
          settledAt: null,
        },
      ],
    });
  });

  it("refuses shares for a merchant that is not a sub-merchant, naming the field", async () => {
    const body = paymentBody({ splits: [{ merchantId: stranger.merchantId, amount: 1 }] });
    expectError(await create(body), 400, "invalid_request", "splits.0.merchantId");
    expectError(
      await create(paymentBody({ splits: [{ merchantId: sub.merchantId }] })),
      400,
      "invalid_request",
      "splits.0.amount",
    );
  });

  it("answers 404 for another merchant's order", async () => {
    const body = paymentBody({ splits: [{ merchantId: sub.merchantId, amount: 100 }] });
    expect((await create(body)).status).toBe(201);
    expectError(await splitsOf(String(body.orderId), stranger), 404, "not_found");
  });
});
