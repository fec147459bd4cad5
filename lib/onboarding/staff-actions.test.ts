import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import { markAgreementSigned } from "@/lib/merchants/mark-agreement-signed";
import { createPayment } from "@/lib/payments";
import { paymentInput } from "@/lib/payments/testing";
import { claimApplication } from "./claim-application";
import { decideApplication } from "./decide-application";
import { createReviewer } from "./reviewers/create-reviewer";
import { setReviewerStatus } from "./reviewers/set-reviewer-status";
import { submitApplication } from "./submit-application";
import { applicationInput, pendingMerchant, staff } from "./testing";

afterAll(async () => {
  await db.$disconnect();
});

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("approval and the API", () => {
  it("answers merchant_not_active until a product is approved, then takes payments", async () => {
    const { merchant, ownerId } = await pendingMerchant();
    const application = await submitApplication(db, {
      userId: ownerId,
      merchantId: merchant.id,
      input: applicationInput({ products: ["PREPAID_CARD"] }),
    });
    const current = () => db.merchant.findUniqueOrThrow({ where: { id: merchant.id } });
    expect(await caught(createPayment(db, await current(), paymentInput()))).toMatchObject({
      code: "merchant_not_active",
    });
    await decideApplication(db, {
      reviewer: await staff(),
      applicationId: application.id,
      decision: { kind: "approve", products: ["PREPAID_CARD"] },
    });
    expect((await current()).products).toEqual(["PREPAID_CARD"]);
    expect((await createPayment(db, await current(), paymentInput())).created).toBe(true);
  });
});

describe("admin actions", () => {
  it("only admins add reviewers, who get an invitation mail and can be suspended", async () => {
    const admin = await staff("ADMIN");
    const reviewer = await staff("REVIEWER");
    const email = `rev-${Date.now()}@example.com`;
    expect(
      await caught(createReviewer(db, { admin: reviewer, input: { email, name: "Rev" } })),
    ).toMatchObject({ code: "forbidden" });
    const { userId } = await createReviewer(db, { admin, input: { email, name: "Rev", locale: "en" } });
    expect(await db.user.findUnique({ where: { id: userId } })).toMatchObject({ role: "REVIEWER" });
    const mail = await db.job.findFirst({
      where: { type: "mail.send", payload: { path: ["to"], equals: email } },
    });
    expect(mail?.payload).toMatchObject({ subject: "You are invited to Paylane" });

    // A suspended reviewer's claim goes back to the queue.
    const { merchant, ownerId } = await pendingMerchant();
    const application = await submitApplication(db, {
      userId: ownerId,
      merchantId: merchant.id,
      input: applicationInput(),
    });
    const holder = { id: userId, email, role: "REVIEWER" as const };
    await claimApplication(db, { reviewer: holder, applicationId: application.id });
    await setReviewerStatus(db, { admin, userId, status: "SUSPENDED" });
    expect(await db.merchantApplication.findUnique({ where: { id: application.id } })).toMatchObject({
      status: "SUBMITTED",
      claimedById: null,
    });
    expect(await db.user.findUnique({ where: { id: userId } })).toMatchObject({ status: "SUSPENDED" });
    expect(await caught(setReviewerStatus(db, { admin: reviewer, userId, status: "ACTIVE" }))).toMatchObject({
      code: "forbidden",
    });
  });

  it("an admin records the signed agreement once; reviewers cannot", async () => {
    const admin = await staff("ADMIN");
    const { merchant } = await pendingMerchant();
    expect(
      await caught(markAgreementSigned(db, { admin: await staff("REVIEWER"), merchantId: merchant.id })),
    ).toMatchObject({ code: "forbidden" });
    await markAgreementSigned(db, { admin, merchantId: merchant.id });
    const signed = await db.merchant.findUniqueOrThrow({ where: { id: merchant.id } });
    expect(signed.agreementSignedAt).not.toBeNull();
    await markAgreementSigned(db, { admin, merchantId: merchant.id });
    const { entries } = await listAuditLogs(db, { merchantId: merchant.id, action: "merchant.agreement" });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorEmail: admin.email,
      after: expect.objectContaining({ agreementSignedBy: admin.email }),
    });
  });

  it("keeps the audit log append-only", async () => {
    const admin = await staff("ADMIN");
    const { merchant } = await pendingMerchant();
    await markAgreementSigned(db, { admin, merchantId: merchant.id });
    const [entry] = (await listAuditLogs(db, { merchantId: merchant.id })).entries;
    expect(
      await caught(db.auditLog.update({ where: { id: entry?.id ?? "" }, data: { note: "edited" } })),
    ).toBeTruthy();
    expect(await caught(db.auditLog.delete({ where: { id: entry?.id ?? "" } }))).toBeTruthy();
  });
});
