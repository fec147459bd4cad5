import { methodEnabled } from "./products";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { merchantMember } from "@/lib/merchant-dashboard/testing";
import { cancelApplication } from "./cancel-application";
import { claimApplication, releaseApplication } from "./claim-application";
import { decideApplication } from "./decide-application";
import { listApplications } from "./list-applications";
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

async function submitted() {
  const { merchant, ownerId } = await pendingMerchant();
  const application = await submitApplication(db, {
    userId: ownerId,
    merchantId: merchant.id,
    input: applicationInput(),
  });
  return { merchant, ownerId, application };
}

async function mailsTo(address: string) {
  const jobs = await db.job.findMany({ where: { type: "mail.send" }, orderBy: { createdAt: "asc" } });
  return jobs
    .map((job) => job.payload as { to: string; subject: string; text: string })
    .filter((mail) => mail.to === address);
}

describe("submitApplication", () => {
  it("submits the form for review and records it in the audit log", async () => {
    const { merchant, application } = await submitted();
    expect(application).toMatchObject({
      merchantId: merchant.id,
      status: "SUBMITTED",
      products: ["RMB", "PREPAID_CARD"],
      siteName: "Blue Mugs",
      contactEmail: "li@mugs.example",
    });
    expect(application.id).toMatch(/^apl_/);
    const audit = await db.auditLog.findMany({ where: { targetId: application.id } });
    expect(audit.map((a) => a.action)).toEqual(["application.submitted"]);
  });

  it("refuses a second open application, a missing agreement, and bad fields by name", async () => {
    const { merchant, ownerId } = await submitted();
    expect(
      await caught(
        submitApplication(db, { userId: ownerId, merchantId: merchant.id, input: applicationInput() }),
      ),
    ).toMatchObject({ code: "conflict" });
    const other = await pendingMerchant();
    const attempt = (input: Parameters<typeof applicationInput>[0]) =>
      caught(
        submitApplication(db, {
          userId: other.ownerId,
          merchantId: other.merchant.id,
          input: applicationInput(input),
        }),
      );
    expect(await attempt({ agreement: false })).toMatchObject({ field: "agreement" });
    expect(await attempt({ siteUrl: "ftp://x.example" })).toMatchObject({ field: "siteUrl" });
    expect(await attempt({ products: [] })).toMatchObject({ field: "products" });
  });

  it("is the owner's alone; another merchant's user gets not_found", async () => {
    const { merchant } = await pendingMerchant();
    const operator = await merchantMember(merchant.id, "OPERATOR", ["team.manage", "keys.manage"]);
    expect(
      await caught(
        submitApplication(db, { userId: operator, merchantId: merchant.id, input: applicationInput() }),
      ),
    ).toMatchObject({ code: "forbidden" });
    const stranger = await pendingMerchant();
    expect(
      await caught(
        submitApplication(db, {
          userId: stranger.ownerId,
          merchantId: merchant.id,
          input: applicationInput(),
        }),
      ),
    ).toMatchObject({ code: "not_found" });
  });
});

describe("cancelApplication", () => {
  it("cancels an application nobody picked up, but not one in review", async () => {
    const first = await submitted();
    await cancelApplication(db, { userId: first.ownerId, applicationId: first.application.id });
    expect(await db.merchantApplication.findUnique({ where: { id: first.application.id } })).toMatchObject({
      status: "CANCELLED",
    });

    const second = await submitted();
    await claimApplication(db, { reviewer: await staff(), applicationId: second.application.id });
    expect(
      await caught(cancelApplication(db, { userId: second.ownerId, applicationId: second.application.id })),
    ).toMatchObject({ code: "conflict" });
    const stranger = await pendingMerchant();
    expect(
      await caught(cancelApplication(db, { userId: stranger.ownerId, applicationId: second.application.id })),
    ).toMatchObject({ code: "not_found" });
  });
});

describe("review", () => {
  it("approves per product: the merchant becomes ACTIVE with those products and is mailed", async () => {
    const { merchant, application } = await submitted();
    const reviewer = await staff();
    await claimApplication(db, { reviewer, applicationId: application.id });
    const decided = await decideApplication(db, {
      reviewer,
      applicationId: application.id,
      decision: { kind: "approve", products: ["RMB"] },
    });
    expect(decided).toMatchObject({
      status: "APPROVED",
      approvedProducts: ["RMB"],
      decidedById: reviewer.id,
    });
    expect(await db.merchant.findUnique({ where: { id: merchant.id } })).toMatchObject({
      status: "ACTIVE",
      products: ["RMB"],
      agreementSignedAt: null,
    });
    const mails = await mailsTo(merchant.email);
    expect(mails.at(-1)?.subject).toMatch(/已通过|approved/);
    const audit = await db.auditLog.findMany({
      where: { merchantId: merchant.id, actorId: reviewer.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "application.claimed",
      "application.approved",
      "merchant.products_enabled",
    ]);
    expect(audit[1]).toMatchObject({
      actorEmail: reviewer.email,
      before: expect.objectContaining({ status: "IN_REVIEW" }),
      after: expect.objectContaining({ status: "APPROVED", approvedProducts: ["RMB"] }),
    });
  });

  it("rejects with a reason, and the merchant edits and resubmits the same application", async () => {
    const { merchant, ownerId, application } = await submitted();
    const reviewer = await staff();
    expect(
      await caught(
        decideApplication(db, {
          reviewer,
          applicationId: application.id,
          decision: { kind: "reject", reason: "" },
        }),
      ),
    ).toMatchObject({ code: "invalid_request", field: "reason" });
    await decideApplication(db, {
      reviewer,
      applicationId: application.id,
      decision: { kind: "request_changes", message: "Your site shows no prices." },
    });
    expect((await mailsTo(merchant.email)).at(-1)?.text).toContain("Your site shows no prices.");
    const again = await submitApplication(db, {
      userId: ownerId,
      merchantId: merchant.id,
      input: applicationInput({ siteName: "Blue Mugs Shop" }),
    });
    expect(again).toMatchObject({ id: application.id, status: "SUBMITTED", siteName: "Blue Mugs Shop" });
    await decideApplication(db, {
      reviewer,
      applicationId: application.id,
      decision: { kind: "reject", reason: "Business not allowed." },
    });
    expect(await db.merchant.findUnique({ where: { id: merchant.id } })).toMatchObject({
      status: "PENDING",
      products: [],
    });
    expect(
      await caught(
        decideApplication(db, {
          reviewer,
          applicationId: application.id,
          decision: { kind: "approve", products: ["RMB"] },
        }),
      ),
    ).toMatchObject({ code: "conflict" });
  });

  it("keeps other reviewers out of a claimed application until it is released", async () => {
    const { application } = await submitted();
    const [first, second] = [await staff(), await staff("ADMIN")];
    await claimApplication(db, { reviewer: first, applicationId: application.id });
    expect(
      await caught(claimApplication(db, { reviewer: second, applicationId: application.id })),
    ).toMatchObject({
      code: "conflict",
    });
    expect(
      await caught(
        decideApplication(db, {
          reviewer: second,
          applicationId: application.id,
          decision: { kind: "approve", products: ["RMB"] },
        }),
      ),
    ).toMatchObject({ code: "conflict" });
    await releaseApplication(db, { reviewer: first, applicationId: application.id });
    await claimApplication(db, { reviewer: second, applicationId: application.id });
  });

  it("two reviewers deciding at once yield one decision", async () => {
    for (let round = 0; round < 5; round++) {
      const { merchant, application } = await submitted();
      const reviewers = [await staff(), await staff()];
      const results = await Promise.allSettled([
        decideApplication(db, {
          reviewer: reviewers[0]!,
          applicationId: application.id,
          decision: { kind: "approve", products: ["RMB", "PREPAID_CARD"] },
        }),
        decideApplication(db, {
          reviewer: reviewers[1]!,
          applicationId: application.id,
          decision: { kind: "reject", reason: "Not a real business." },
        }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected");
      expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "conflict" });
      const decisions = await db.auditLog.count({
        where: { targetId: application.id, action: { in: ["application.approved", "application.rejected"] } },
      });
      expect(decisions).toBe(1);
      expect(await mailsTo(merchant.email)).toHaveLength(1);
    }
  });

  it("only staff decide", async () => {
    const { application } = await submitted();
    const merchantUser = await staff("MERCHANT_OWNER");
    expect(
      await caught(
        decideApplication(db, {
          reviewer: merchantUser,
          applicationId: application.id,
          decision: { kind: "approve", products: ["RMB"] },
        }),
      ),
    ).toMatchObject({ code: "forbidden" });
  });
});

describe("listApplications", () => {
  it("filters the queue by status, product, age and search", async () => {
    const { merchant, application } = await submitted();
    const prepaidOnly = await pendingMerchant();
    const other = await submitApplication(db, {
      userId: prepaidOnly.ownerId,
      merchantId: prepaidOnly.merchant.id,
      input: applicationInput({ products: ["PREPAID_CARD"], siteName: "Card Corner" }),
    });
    const ids = async (filter: Parameters<typeof listApplications>[1]) =>
      (await listApplications(db, { ...filter, q: filter?.q ?? "" })).applications.map((a) => a.id);
    expect(await ids({ q: merchant.name })).toEqual([application.id]);
    expect(await ids({ q: "Card Corner" })).toEqual([other.id]);
    expect(await ids({ q: "Card Corner", product: "RMB" })).toEqual([]);
    expect(await ids({ q: merchant.name, minAgeDays: 2 })).toEqual([]);
    expect(await ids({ q: merchant.name, status: "APPROVED" })).toEqual([]);
  });
});

describe("products and payment methods", () => {
  it("maps bank cards and the wallet to RMB payment, prepaid cards to their own product", () => {
    expect(methodEnabled(["RMB"], "BANK_CARD")).toBe(true);
    expect(methodEnabled(["RMB"], "WALLET")).toBe(true);
    expect(methodEnabled(["RMB"], "PREPAID_CARD")).toBe(false);
    expect(methodEnabled(["PREPAID_CARD"], "PREPAID_CARD")).toBe(true);
    expect(methodEnabled([], "BANK_CARD")).toBe(false);
  });
});
