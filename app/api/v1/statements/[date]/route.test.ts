import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payment } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { expectError } from "@/lib/api/testing/expect-error";
import {
  createTestMerchant,
  isSignedByPlatform,
  signedRequest,
  type TestMerchant,
} from "@/lib/api/testing/merchant-client";
import { paidPayment } from "@/lib/payments/testing";
import { walletPaidPayment } from "@/lib/refunds/testing";
import { pinClock, readCsv, refund } from "@/lib/statements/testing";
import { GET } from "./route";

let merchant: TestMerchant;
let other: TestMerchant;
let paid: Payment;

beforeAll(async () => {
  merchant = await createTestMerchant({ apiRateLimitPerSecond: 10_000 });
  other = await createTestMerchant({ apiRateLimitPerSecond: 10_000 });
  pinClock("2026-03-10T04:00:00.000Z"); // 12:00 in Shanghai
  paid = (await walletPaidPayment(merchant.merchantId, 5_000n)).payment;
  await refund(merchant.merchantId, paid, 1_000n);
  await paidPayment(other.merchantId, { amount: 8_000n });
});

afterAll(async () => {
  setClockOffset(0);
  await db.$disconnect();
});

async function get(date: string, who: TestMerchant = merchant) {
  const response = await GET(signedRequest(who, "GET", `/api/v1/statements/${date}`), {
    params: Promise.resolve({ date }),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    text,
    json: response.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : null,
    signed: await isSignedByPlatform(response, text),
  };
}

describe("GET /api/v1/statements/{date}", () => {
  it("200 text/csv, signed, with the merchant's own rows of that Shanghai day", async () => {
    const result = await get("2026-03-10");
    expect([result.status, result.signed]).toEqual([200, true]);
    expect(result.contentType).toBe("text/csv; charset=utf-8");
    expect(result.text.split("\n")[0]).toBe(
      "type,order_id,refund_id,payment_id,amount,fee,net,currency,status,method,created_at,completed_at",
    );
    const { records } = readCsv(result.text);
    expect(records.map((r) => [r.type, r.order_id, r.payment_id, r.amount, r.fee, r.net, r.method])).toEqual([
      ["payment", paid.orderId, paid.id, "5000", "30", "4970", "wallet"],
      ["refund", paid.orderId, paid.id, "-1000", "0", "-1000", "wallet"],
    ]);
  });

  it("answers a quiet day with the header row alone, and another merchant sees only its own rows", async () => {
    expect((await get("2026-03-09")).text).toBe(
      "type,order_id,refund_id,payment_id,amount,fee,net,currency,status,method,created_at,completed_at\n",
    );
    const theirs = readCsv((await get("2026-03-10", other)).text).records;
    expect(theirs.map((r) => [r.type, r.amount])).toEqual([["payment", "8000"]]);
  });

  it("400 invalid_request naming `date` for a malformed or impossible date, signed", async () => {
    for (const date of ["20260310", "2026-02-30", "today", "2026-03-10.csv"]) {
      const result = await get(date);
      expectError(result, 400, "invalid_request", "date");
      expect(result.signed).toBe(true);
    }
  });

  it("400 invalid_request naming `date` for a day after today in Shanghai", async () => {
    expectError(await get("2026-03-11"), 400, "invalid_request", "date");
  });

  it("401 for an unsigned request", async () => {
    const response = await GET(new Request("http://localhost/api/v1/statements/2026-03-10"), {
      params: Promise.resolve({ date: "2026-03-10" }),
    });
    expect(response.status).toBe(401);
  });
});
