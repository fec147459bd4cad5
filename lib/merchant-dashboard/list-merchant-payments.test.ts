import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { paidPayment, pendingPayment } from "@/lib/payments/testing";
import { listMerchantPayments, PAYMENTS_PER_PAGE } from "./list-merchant-payments";
import { parsePaymentFilters } from "./payment-filters";
import type { SearchParams } from "./search-params";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterAll(async () => {
  setClockOffset(0);
  await db.$disconnect();
});

async function createdAt<T>(iso: string, work: () => Promise<T>): Promise<T> {
  setClockOffset(Date.parse(iso) - Date.now());
  try {
    return await work();
  } finally {
    setClockOffset(0);
  }
}

/** The list as the page asks for it: from the query string. */
async function list(query: SearchParams, merchantId = merchant.merchantId) {
  const parsed = parsePaymentFilters(query);
  const page = await listMerchantPayments(db, merchantId, parsed.filter, parsed.cursor);
  return { orderIds: page.items.map((p) => p.orderId), nextCursor: page.nextCursor };
}

describe("listMerchantPayments", () => {
  it("filters by order id prefix, status, method and Shanghai days, 20 to a page", async () => {
    const id = merchant.merchantId;
    await createdAt("2031-05-09T23:59:00+08:00", () => pendingPayment(id, { orderId: "DAY-0509" }));
    await createdAt("2031-05-10T00:00:00+08:00", () => paidPayment(id, { orderId: "DAY-0510-paid" }));
    await createdAt("2031-05-11T23:59:00+08:00", () => pendingPayment(id, { orderId: "DAY-0511" }));
    await createdAt("2031-05-12T00:00:00+08:00", () => pendingPayment(id, { orderId: "DAY-0512" }));

    expect((await list({ q: "DAY-", from: "2031-05-10", to: "2031-05-11" })).orderIds).toEqual([
      "DAY-0511",
      "DAY-0510-paid",
    ]);
    expect((await list({ q: "DAY-", status: "succeeded", method: "bank_card" })).orderIds).toEqual([
      "DAY-0510-paid",
    ]);
    expect((await list({ q: "DAY-", method: "wallet" })).orderIds).toEqual([]);
    expect((await list({ q: "DAY-0509" })).orderIds).toEqual(["DAY-0509"]);
  });

  it("pages with a cursor, and ignores a cursor that is another merchant's payment", async () => {
    const id = merchant.merchantId;
    for (let i = 0; i < PAYMENTS_PER_PAGE + 2; i++) {
      await pendingPayment(id, { orderId: `PAGE-${String(i).padStart(2, "0")}` });
    }
    const first = await list({ q: "PAGE-" });
    expect(first.orderIds).toHaveLength(PAYMENTS_PER_PAGE);
    expect(first.orderIds[0]).toBe("PAGE-21");
    expect(first.nextCursor).not.toBeNull();
    const second = await list({ q: "PAGE-", cursor: first.nextCursor ?? "" });
    expect(second).toEqual({ orderIds: ["PAGE-01", "PAGE-00"], nextCursor: null });

    const other = await createTestMerchant();
    const foreign = await pendingPayment(other.merchantId, { orderId: "PAGE-99" });
    expect((await list({ q: "PAGE-", cursor: foreign.id })).orderIds[0]).toBe("PAGE-21");
    // And another merchant never sees this merchant's payments, whatever it searches for.
    expect((await list({ q: "PAGE-" }, other.merchantId)).orderIds).toEqual(["PAGE-99"]);
  });
});
