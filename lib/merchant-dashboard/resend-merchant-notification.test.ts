import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { deliverNotification } from "@/lib/notify/deliver-notification";
import { startMerchantEndpoint, type MerchantEndpoint } from "@/lib/notify/testing";
import { paidPayment } from "@/lib/payments/testing";
import { getPaymentDetail } from "./get-payment-detail";
import { listMerchantNotifications } from "./list-merchant-notifications";
import { resendMerchantNotification } from "./resend-merchant-notification";
import { merchantMember } from "./testing";

let merchant: TestMerchant;
let endpoint: MerchantEndpoint;

beforeAll(async () => {
  merchant = await createTestMerchant();
  endpoint = await startMerchantEndpoint();
});

afterAll(async () => {
  await endpoint.close();
  await db.$disconnect();
});

describe("resendMerchantNotification", () => {
  it("queues one more delivery of the same event; the dashboard then lists both attempts", async () => {
    const payment = await paidPayment(merchant.merchantId, { notifyUrl: endpoint.url });
    const event = await db.notificationEvent.findFirstOrThrow({ where: { paymentId: payment.id } });
    expect(await deliverNotification(db, event.id)).toMatchObject({ delivered: true, attemptNo: 1 });

    // payments.view is enough: resending moves no money and posts only to the payment's own notifyUrl.
    const viewer = await merchantMember(merchant.merchantId, "OPERATOR", ["payments.view"]);
    await expect(resendMerchantNotification(db, { userId: viewer, eventId: event.id })).resolves.toEqual({
      eventId: event.id,
      queued: true,
      paymentId: payment.id,
    });
    const job = await db.job.findFirst({
      where: { type: "notify.deliver", payload: { equals: { eventId: event.id, trigger: "resend" } } },
    });
    expect(job).not.toBeNull();
    expect(await deliverNotification(db, event.id, "resend")).toMatchObject({
      delivered: true,
      attemptNo: 2,
    });

    expect(endpoint.received.map((request) => request.body)).toEqual([
      endpoint.received[0]?.body,
      endpoint.received[0]?.body,
    ]);
    const detail = await getPaymentDetail(db, merchant.merchantId, payment.id);
    const attempts = detail?.notifications[0]?.attempts ?? [];
    expect(attempts.map((a) => [a.attemptNo, a.trigger, a.httpStatus, a.succeeded])).toEqual([
      [1, "schedule", 200, true],
      [2, "resend", 200, true],
    ]);
    expect(attempts.every((a) => a.latencyMs >= 0 && a.responseExcerpt === "ok")).toBe(true);

    const delivered = await listMerchantNotifications(db, merchant.merchantId, { status: "DELIVERED" });
    expect(delivered.items.find((item) => item.id === event.id)).toMatchObject({
      payment: { orderId: payment.orderId },
      attemptCount: 2,
    });
    const failed = await listMerchantNotifications(db, merchant.merchantId, { status: "FAILED" });
    expect(failed.items.map((item) => item.id)).not.toContain(event.id);
  });

  it("an operator without payments.view may not resend", async () => {
    const payment = await paidPayment(merchant.merchantId);
    const event = await db.notificationEvent.findFirstOrThrow({ where: { paymentId: payment.id } });
    const refunder = await merchantMember(merchant.merchantId, "OPERATOR", ["refunds.create"]);
    await expect(
      resendMerchantNotification(db, { userId: refunder, eventId: event.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
