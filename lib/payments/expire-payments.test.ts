import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now, setClockOffset } from "@/lib/clock";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { notificationSchema } from "@/lib/api/schemas/notifications";
import { EXPIRY_GRACE_FOR_PENDING_ATTEMPTS_MS } from "./payment-state";
import { expireDuePayments, expireJobHandler } from "./expire-payments";
import { getPayment } from "./get-payment";
import { getCheckout } from "./get-checkout";
import { bankAttempt, paidPayment, pendingPayment } from "./testing";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await db.$disconnect();
});

const statusOf = async (id: string) => (await db.payment.findUniqueOrThrow({ where: { id } })).status;
const inMinutes = (minutes: number) => new Date(now().getTime() + minutes * 60_000);

describe("payment expiry", () => {
  it("expires pending payments past expiresAt, with a payment.expired notification, and nothing else", async () => {
    const due = await pendingPayment(merchant.merchantId, { expiresAt: inMinutes(10) });
    const notYet = await pendingPayment(merchant.merchantId, { expiresAt: inMinutes(30) });
    const paid = await paidPayment(merchant.merchantId, { expiresAt: inMinutes(10) });
    setClockOffset(11 * 60_000);
    await expireDuePayments(db);
    expect(await statusOf(due.id)).toBe("EXPIRED");
    expect(await statusOf(notYet.id)).toBe("PENDING");
    expect(await statusOf(paid.id)).toBe("SUCCEEDED");
    const events = await db.notificationEvent.findMany({ where: { paymentId: due.id } });
    expect(events).toHaveLength(1);
    expect(notificationSchema.parse(events[0]?.payload)).toMatchObject({
      type: "payment.expired",
      data: { status: "expired" },
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: due.id } })).finalizedAt).toBeInstanceOf(Date);
  });

  it("waits for an unanswered bank attempt until its grace ends", async () => {
    const payment = await pendingPayment(merchant.merchantId, { expiresAt: inMinutes(10) });
    await bankAttempt(payment);
    setClockOffset(11 * 60_000);
    await expireDuePayments(db);
    expect(await statusOf(payment.id)).toBe("PENDING");
    setClockOffset(11 * 60_000 + EXPIRY_GRACE_FOR_PENDING_ATTEMPTS_MS);
    await expireDuePayments(db);
    expect(await statusOf(payment.id)).toBe("EXPIRED");
  });

  it("expires each payment once when several workers sweep at the same time", async () => {
    const payments = await Promise.all(
      Array.from({ length: 12 }, () => pendingPayment(merchant.merchantId, { expiresAt: inMinutes(5) })),
    );
    setClockOffset(6 * 60_000);
    await Promise.all([expireDuePayments(db), expireDuePayments(db), expireDuePayments(db)]);
    const ids = payments.map((p) => p.id);
    expect(await db.payment.count({ where: { id: { in: ids }, status: "EXPIRED" } })).toBe(12);
    expect(
      await db.notificationEvent.count({ where: { paymentId: { in: ids }, type: "payment.expired" } }),
    ).toBe(12);
  });

  it("shows a payment past its time as expired on read, before any sweep", async () => {
    const payment = await pendingPayment(merchant.merchantId, { expiresAt: inMinutes(1) });
    setClockOffset(61_000);
    expect((await getCheckout(db, payment.checkoutToken))?.state).toBe("expired");
    const read = await getPayment(db, merchant.merchantId, payment.orderId);
    expect(read.status).toBe("EXPIRED");
    expect(
      await db.notificationEvent.count({ where: { paymentId: payment.id, type: "payment.expired" } }),
    ).toBe(1);
    // Reading again changes nothing more.
    await getPayment(db, merchant.merchantId, payment.orderId);
    expect(await db.notificationEvent.count({ where: { paymentId: payment.id } })).toBe(1);
  });

  it("runs as the recurring expiry job", async () => {
    const payment = await pendingPayment(merchant.merchantId, { expiresAt: inMinutes(2) });
    setClockOffset(3 * 60_000);
    await expireJobHandler();
    expect(await statusOf(payment.id)).toBe("EXPIRED");
  });
});
