import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now, setClockOffset } from "@/lib/clock";
import { expectError } from "@/lib/api/testing/expect-error";
import { paymentObjectSchema } from "@/lib/api/schemas/payments";
import {
  createTestMerchant,
  paymentBody,
  readSigned,
  signedRequest,
  type TestMerchant,
} from "@/lib/api/testing/merchant-client";
import { POST } from "./route";

const noParams = { params: Promise.resolve({}) };
let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant({ apiRateLimitPerSecond: 10_000 });
});

afterAll(async () => {
  setClockOffset(0);
  await db.$disconnect();
});

function create(body: unknown, who: TestMerchant = merchant) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  return POST(signedRequest(who, "POST", "/api/v1/payments", raw), noParams).then(readSigned);
}

describe("POST /api/v1/payments", () => {
  it("creates a payment: 201, the spec's payment object, signed by the platform key", async () => {
    const body = paymentBody({ payerEmail: "buyer@example.com", metadata: { cart: "77" } });
    const before = now().getTime();
    const result = await create(body);
    expect(result.status).toBe(201);
    expect(result.signed).toBe(true);
    const payment = paymentObjectSchema.parse(result.json);
    expect(payment).toMatchObject({
      orderId: body.orderId,
      amount: 1999,
      currency: "CNY",
      subject: "Blue mug",
      status: "pending",
      method: null,
      bank: null,
      amountRefunded: 0,
      fee: 0,
      paidAt: null,
      metadata: { cart: "77" },
    });
    expect(payment.id).toMatch(/^pay_/);
    expect(payment.checkoutUrl).toMatch(/^http:\/\/localhost:3000\/pay\/[A-Za-z0-9_-]{32}$/);
    // Default expiry: two hours after creation.
    const expiresIn = new Date(payment.expiresAt).getTime() - before;
    expect(expiresIn).toBeGreaterThanOrEqual(2 * 3600_000 - 1000);
    expect(expiresIn).toBeLessThanOrEqual(2 * 3600_000 + 5000);
    expect(Object.keys(result.json as object)).toEqual(Object.keys(paymentObjectSchema.shape));
  });

  it("answers a retry with the same parameters 200 and the same payment", async () => {
    const body = paymentBody({ expiresAt: new Date(now().getTime() + 3600_000).toISOString() });
    const first = await create(body);
    const again = await create({ ...body });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.signed).toBe(true);
    expect(again.json).toEqual(first.json);
  });

  it("answers 409 order_conflict for the same orderId with other parameters, and changes nothing", async () => {
    const body = paymentBody();
    const first = await create(body);
    for (const change of [{ amount: 2000 }, { subject: "Red mug" }, { metadata: { cart: "78" } }]) {
      expectError(await create({ ...body, ...change }), 409, "order_conflict", "orderId");
    }
    const stored = await db.payment.findMany({
      where: { merchantId: merchant.merchantId, orderId: String(body.orderId) },
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toBe(paymentObjectSchema.parse(first.json).id);
  });

  it("creates exactly one payment from 10 concurrent identical requests", async () => {
    const body = paymentBody();
    const results = await Promise.all(Array.from({ length: 10 }, () => create(body)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(results.map((r) => paymentObjectSchema.parse(r.json).id));
    expect(ids.size).toBe(1);
    expect(
      await db.payment.count({ where: { merchantId: merchant.merchantId, orderId: String(body.orderId) } }),
    ).toBe(1);
  });

  it("lets two merchants use the same orderId independently", async () => {
    const other = await createTestMerchant();
    const body = paymentBody();
    const a = await create(body);
    const b = await create(body, other);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(paymentObjectSchema.parse(a.json).id).not.toBe(paymentObjectSchema.parse(b.json).id);
  });

  it("returns metadata as given, keys in their order", async () => {
    const result = await create(paymentBody({ metadata: { zeta: "1", alpha: "2", 中文: "三" } }));
    expect(JSON.stringify(paymentObjectSchema.parse(result.json).metadata)).toBe(
      '{"zeta":"1","alpha":"2","中文":"三"}',
    );
  });

  it("accepts the optional fields as null or absent, and currency by default", async () => {
    const { currency: _currency, ...withoutCurrency } = paymentBody();
    const result = await create({ ...withoutCurrency, payerEmail: null, expiresAt: null, metadata: null });
    expect(result.status).toBe(201);
    expect(paymentObjectSchema.parse(result.json)).toMatchObject({ currency: "CNY", metadata: {} });
  });

  it("accepts the boundary values of amount, subject and metadata", async () => {
    const metadata = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, "v"]));
    for (const change of [
      { amount: 1 },
      { amount: 100_000_000_000 },
      { subject: "杯".repeat(128) },
      { subject: "😀".repeat(128) },
      { metadata },
    ]) {
      const result = await create(paymentBody(change));
      expect(result.status, JSON.stringify(result.json)).toBe(201);
    }
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ["a fractional amount", { amount: 19.99 }, "amount"],
    ["an amount as a string", { amount: "1999" }, "amount"],
    ["a zero amount", { amount: 0 }, "amount"],
    ["an amount over the limit", { amount: 100_000_000_001 }, "amount"],
    ["a missing orderId", { orderId: undefined }, "orderId"],
    ["an orderId with other characters", { orderId: "A 1001" }, "orderId"],
    ["an orderId of 65 characters", { orderId: "A".repeat(65) }, "orderId"],
    ["another currency", { currency: "USD" }, "currency"],
    ["an empty subject", { subject: "" }, "subject"],
    ["a subject of 129 characters", { subject: "x".repeat(129) }, "subject"],
    ["a missing notifyUrl", { notifyUrl: undefined }, "notifyUrl"],
    ["a notifyUrl that is not http", { notifyUrl: "ftp://shop.example/n" }, "notifyUrl"],
    ["a relative returnUrl", { returnUrl: "/orders/1" }, "returnUrl"],
    ["a bad payerEmail", { payerEmail: "not-an-email" }, "payerEmail"],
    ["an expiresAt that is not a time", { expiresAt: "tomorrow" }, "expiresAt"],
    ["an expiresAt in the past", { expiresAt: "2020-01-01T00:00:00.000Z" }, "expiresAt"],
    ["an expiresAt 31 days ahead", { expiresAt: "LATER" }, "expiresAt"],
    [
      "21 metadata entries",
      { metadata: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, "v"])) },
      "metadata",
    ],
    ["a metadata value that is not a string", { metadata: { cart: 77 } }, "metadata.cart"],
    ["an unknown field", { notify_url: "https://x.example" }, "notify_url"],
  ];

  it.each(invalid)("refuses %s: 400 invalid_request naming the field", async (_name, change, field) => {
    const patched = { ...change };
    if (patched.expiresAt === "LATER")
      patched.expiresAt = new Date(now().getTime() + 31 * 86400_000).toISOString();
    const result = await create(paymentBody(patched));
    expectError(result, 400, "invalid_request", field);
    expect(result.signed).toBe(true);
  });

  it("names the first offending field when several are wrong", async () => {
    expectError(await create(paymentBody({ amount: -1, subject: "" })), 400, "invalid_request", "amount");
  });

  it.each([
    ["malformed JSON", '{"orderId": "A1",'],
    ["an empty body", ""],
    ["a JSON array", "[1,2]"],
  ])("refuses %s: 400 invalid_request without a field", async (_name, raw) => {
    expectError(await create(raw), 400, "invalid_request", undefined);
  });

  it("answers 403 merchant_not_active for a merchant that is not approved", async () => {
    for (const status of ["PENDING", "SUSPENDED"] as const) {
      const waiting = await createTestMerchant({ status });
      const result = await create(paymentBody(), waiting);
      expectError(result, 403, "merchant_not_active");
      expect(result.signed).toBe(true);
    }
  });

  it("answers 429 rate_limited with Retry-After past the merchant's limit", async () => {
    const limited = await createTestMerchant({ apiRateLimitPerSecond: 3 });
    const responses = [];
    for (let i = 0; i < 5; i++) {
      responses.push(
        await POST(
          signedRequest(limited, "POST", "/api/v1/payments", JSON.stringify(paymentBody())),
          noParams,
        ),
      );
    }
    // The window is one second: a test that straddles it may see a fresh window for the last requests.
    const limitedResponses = responses.filter((r) => r.status === 429);
    expect(limitedResponses.length).toBeGreaterThan(0);
    for (const response of limitedResponses) {
      expect(Number(response.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
      const result = await readSigned(response);
      expectError(result, 429, "rate_limited");
      expect(result.signed).toBe(true);
    }
  });
});
