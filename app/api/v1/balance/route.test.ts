import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { balanceObjectSchema } from "@/lib/api/schemas/balance";
import {
  createTestMerchant,
  readSigned,
  signedRequest,
  type TestMerchant,
} from "@/lib/api/testing/merchant-client";
import { paidPayment } from "@/lib/payments/testing";
import { GET } from "./route";

let merchant: TestMerchant;
let other: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
  other = await createTestMerchant();
});

afterAll(async () => {
  await db.$disconnect();
});

const get = (who: TestMerchant) =>
  GET(signedRequest(who, "GET", "/api/v1/balance"), { params: Promise.resolve({}) }).then(readSigned);

describe("GET /api/v1/balance", () => {
  it("starts at zero, signed", async () => {
    const result = await get(merchant);
    expect([result.status, result.signed]).toEqual([200, true]);
    expect(balanceObjectSchema.parse(result.json)).toEqual({ currency: "CNY", available: 0, pending: 0 });
  });

  it("counts a paid payment, net of the fee, as pending, for its own merchant only", async () => {
    await paidPayment(merchant.merchantId, { amount: 10_000n });
    expect((await get(merchant)).json).toEqual({ currency: "CNY", available: 0, pending: 9_940 });
    expect((await get(other)).json).toEqual({ currency: "CNY", available: 0, pending: 0 });
  });

  it("refuses an unsigned request", async () => {
    const response = await GET(new Request("http://localhost/api/v1/balance"), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(401);
  });
});
