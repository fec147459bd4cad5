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
import { startAttempt } from "@/lib/payments/start-attempt";
import { paidPayment, pendingPayment } from "@/lib/payments/testing";
import { POST } from "./route";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await db.$disconnect();
});

function close(orderId: string, who: TestMerchant = merchant) {
  const request = signedRequest(who, "POST", `/api/v1/payments/${orderId}/close`, "");
  return POST(request, { params: Promise.resolve({ orderId }) }).then(readSigned);
}

const statusOf = (json: unknown) => paymentObjectSchema.parse(json).status;

describe("POST /api/v1/payments/{orderId}/close", () => {
  it("closes a pending payment (200, closed), idempotently, and the checkout then refuses it", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    const first = await close(payment.orderId);
    expect([first.status, first.signed, statusOf(first.json)]).toEqual([200, true, "closed"]);
    const again = await close(payment.orderId);
    expect([again.status, statusOf(again.json)]).toEqual([200, "closed"]);
    expect(again.json).toEqual(first.json);
    await expect(
      db.$transaction((tx) =>
        startAttempt(tx, {
          payment: { checkoutToken: payment.checkoutToken },
          method: "BANK_CARD",
          bankCode: "ICBC",
        }),
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    // Closing is the merchant's own act: no notification.
    expect(await db.notificationEvent.count({ where: { paymentId: payment.id } })).toBe(0);
  });

  it("answers 409 order_conflict for a payment that succeeded, which stays succeeded", async () => {
    const payment = await paidPayment(merchant.merchantId);
    const result = await close(payment.orderId);
    expect(result.status).toBe(409);
    expect(errorResponseSchema.parse(result.json).error.code).toBe("order_conflict");
    expect(result.signed).toBe(true);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("SUCCEEDED");
  });

  it("returns a payment past its time as expired rather than closed", async () => {
    const payment = await pendingPayment(merchant.merchantId);
    setClockOffset(2 * 3600_000 + 1000);
    const result = await close(payment.orderId);
    expect([result.status, statusOf(result.json)]).toEqual([200, "expired"]);
  });

  it("answers 404 for an unknown order and for another merchant's order, which stays open", async () => {
    const other = await createTestMerchant();
    const theirs = await pendingPayment(other.merchantId);
    for (const orderId of ["NO-SUCH-ORDER", theirs.orderId]) {
      const result = await close(orderId);
      expect([result.status, errorResponseSchema.parse(result.json).error.code]).toEqual([404, "not_found"]);
    }
    expect((await db.payment.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("PENDING");
  });
});
