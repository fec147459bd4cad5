import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { paidPayment } from "@/lib/payments/testing";
import { getMerchantKey } from "./get-merchant-key";
import { getPaymentDetail } from "./get-payment-detail";
import { listMerchantNotifications } from "./list-merchant-notifications";
import { resendMerchantNotification } from "./resend-merchant-notification";
import { revokeMerchantKey } from "./revoke-key";
import { merchantMember } from "./testing";

let a: TestMerchant;
let b: TestMerchant;
let ownerOfA: string;

beforeAll(async () => {
  a = await createTestMerchant();
  b = await createTestMerchant();
  ownerOfA = await merchantMember(a.merchantId, "OWNER");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("a member of merchant A and merchant B's objects", () => {
  it("cannot read B's payment detail: the lookup is by id and A's merchant, so it is not found", async () => {
    const ofB = await paidPayment(b.merchantId);
    const ofA = await paidPayment(a.merchantId);
    expect(await getPaymentDetail(db, a.merchantId, ofB.id)).toBeNull();
    const own = await getPaymentDetail(db, a.merchantId, ofA.id);
    expect(own?.payment).toMatchObject({ id: ofA.id, status: "succeeded", method: "bank_card" });
    expect(own?.attempts.map((attempt) => attempt.status)).toEqual(["APPROVED"]);
    expect(own?.notifications.map((event) => event.type)).toEqual(["payment.succeeded"]);
    // Nor can A's owner take B's merchant as their own.
    await expect(
      requireMerchantPermission(db, ownerOfA, b.merchantId, "payments.view"),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("cannot revoke B's key, nor see it", async () => {
    await expect(revokeMerchantKey(db, { userId: ownerOfA, keyId: b.keyId })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.merchantKey.findUniqueOrThrow({ where: { id: b.keyId } })).toMatchObject({
      status: "ACTIVE",
      revokedAt: null,
    });
    expect(await getMerchantKey(db, a.merchantId, b.keyId)).toBeNull();
  });

  it("cannot resend or list B's notifications", async () => {
    const ofB = await paidPayment(b.merchantId);
    const event = await db.notificationEvent.findFirstOrThrow({ where: { paymentId: ofB.id } });
    await expect(
      resendMerchantNotification(db, { userId: ownerOfA, eventId: event.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    const listed = await listMerchantNotifications(db, a.merchantId, { cursor: event.id });
    expect(listed.items.every((item) => item.merchantId === a.merchantId)).toBe(true);
    expect(listed.items.map((item) => item.id)).not.toContain(event.id);
  });

  it("an operator without keys.manage is refused, one with it may revoke", async () => {
    const viewer = await merchantMember(a.merchantId, "OPERATOR", ["payments.view"]);
    await expect(revokeMerchantKey(db, { userId: viewer, keyId: a.keyId })).rejects.toMatchObject({
      code: "forbidden",
    });
    const keeper = await merchantMember(a.merchantId, "OPERATOR", ["keys.manage"]);
    await expect(revokeMerchantKey(db, { userId: keeper, keyId: a.keyId })).resolves.toMatchObject({
      revoked: true,
    });
    // Again: nothing left to revoke, and the first revocation time stays.
    const revokedAt = (await db.merchantKey.findUniqueOrThrow({ where: { id: a.keyId } })).revokedAt;
    await expect(revokeMerchantKey(db, { userId: keeper, keyId: a.keyId })).resolves.toMatchObject({
      revoked: false,
    });
    expect((await db.merchantKey.findUniqueOrThrow({ where: { id: a.keyId } })).revokedAt).toEqual(revokedAt);
  });
});
