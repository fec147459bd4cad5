import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { getPaymentTimeline, listPayments } from "./list-payments";
import { reversePayment } from "./reverse-payment";
import { paidPayment, pendingPayment } from "./testing";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("listPayments", () => {
  it("pages through a merchant's payments newest first, with filters, and never another's", async () => {
    const created = [];
    for (let i = 0; i < 5; i++)
      created.push(await pendingPayment(merchant.merchantId, { orderId: `LIST_${i}` }));
    const paid = await paidPayment(merchant.merchantId, { orderId: "LISTX_paid" });
    const other = await createTestMerchant();
    await pendingPayment(other.merchantId, { orderId: "LIST_9" });

    const first = await listPayments(db, merchant.merchantId, { orderIdPrefix: "LIST_" }, { limit: 3 });
    expect(first.items.map((p) => p.orderId)).toEqual(["LIST_4", "LIST_3", "LIST_2"]);
    const second = await listPayments(
      db,
      merchant.merchantId,
      { orderIdPrefix: "LIST_" },
      { limit: 3, cursor: first.nextCursor },
    );
    expect(second.items.map((p) => p.orderId)).toEqual(["LIST_1", "LIST_0"]);
    expect(second.nextCursor).toBeNull();

    const succeeded = await listPayments(db, merchant.merchantId, {
      status: "SUCCEEDED",
      method: "BANK_CARD",
    });
    expect(succeeded.items.map((p) => p.id)).toEqual([paid.id]);
    const window = await listPayments(db, merchant.merchantId, {
      from: created[1]!.createdAt,
      to: created[3]!.createdAt,
    });
    expect(window.items.map((p) => p.orderId)).toEqual(["LIST_2", "LIST_1"]);
  });

  it("lists a payment reconciliation reversed as reversed, not as succeeded", async () => {
    const kept = await paidPayment(merchant.merchantId, { orderId: "REV_kept" });
    const reversed = await paidPayment(merchant.merchantId, { orderId: "REV_gone" });
    await db.$transaction((tx) =>
      reversePayment(tx, { attemptId: reversed.paidAttemptId ?? "", eventId: `case_${reversed.id}` }),
    );
    const orders = async (status: "SUCCEEDED" | "REVERSED") =>
      (await listPayments(db, merchant.merchantId, { orderIdPrefix: "REV_", status })).items.map(
        (p) => p.orderId,
      );
    expect(await orders("SUCCEEDED")).toEqual([kept.orderId]);
    expect(await orders("REVERSED")).toEqual([reversed.orderId]);
    const all = await listPayments(db, merchant.merchantId, { orderIdPrefix: "REV_" });
    expect(all.items.map((p) => p.orderId)).toEqual([reversed.orderId, kept.orderId]);
  });

  it("shows a payment's timeline: attempts, bank messages, notifications", async () => {
    const paid = await paidPayment(merchant.merchantId);
    const timeline = await getPaymentTimeline(db, merchant.merchantId, paid.id);
    expect(timeline?.attempts.map((a) => a.status)).toEqual(["APPROVED"]);
    expect(timeline?.notifications.map((n) => n.type)).toEqual(["payment.succeeded"]);
    const other = await createTestMerchant();
    expect(await getPaymentTimeline(db, other.merchantId, paid.id)).toBeNull();
  });
});
