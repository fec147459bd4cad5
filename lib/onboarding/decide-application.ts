import type { MerchantApplication, Product } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { queueMail } from "@/lib/mail/queue-mail";
import { applicationDecisionMail, productName } from "@/lib/mail/templates/onboarding-mails";
import { applicationSnapshot } from "./application-snapshot";
import { claimIsFree } from "./claim-application";
import { merchantLocale } from "./merchant-locale";
import { sortProducts } from "./products";
import { assertStaff, type StaffActor } from "./staff-actor";

export type ReviewDecision =
  | { kind: "approve"; products: Product[] }
  | { kind: "reject"; reason: string }
  | { kind: "request_changes"; message: string };

const STATUS = { approve: "APPROVED", reject: "REJECTED", request_changes: "CHANGES_REQUESTED" } as const;
const MAIL_DECISION = {
  approve: "approved",
  reject: "rejected",
  request_changes: "changes_requested",
} as const;

function noteOf(decision: ReviewDecision): string | null {
  if (decision.kind === "approve") return null;
  const note = (decision.kind === "reject" ? decision.reason : decision.message).trim();
  if (note.length < 5 || note.length > 1000) {
    throw new AppError(
      "invalid_request",
      "Tell the merchant why, in 5 to 1000 characters.",
      decision.kind === "reject" ? "reason" : "message",
    );
  }
  return note;
}

function approvedProducts(application: MerchantApplication, decision: ReviewDecision): Product[] {
  if (decision.kind !== "approve") return [];
  const products = sortProducts(decision.products);
  if (products.length === 0 || products.some((p) => !application.products.includes(p))) {
    throw new AppError("invalid_request", "Approve one or more of the products applied for.", "products");
  }
  return products;
}

/** Locks the row: a second decision waits for the first and then sees it decided. */
async function lockApplication(tx: Tx, id: string): Promise<MerchantApplication> {
  await tx.$queryRaw`SELECT 1 FROM "merchant_applications" WHERE "id" = ${id} FOR UPDATE`;
  const application = await tx.merchantApplication.findUnique({ where: { id } });
  if (!application) throw new AppError("not_found", "No such application.");
  return application;
}

/** Approval enables the products on the merchant, which makes it ACTIVE for the API (unless suspended). */
async function enableProducts(tx: Tx, actor: StaffActor, merchantId: string, products: Product[]) {
  const merchant = await tx.merchant.findUniqueOrThrow({ where: { id: merchantId } });
  const enabled = sortProducts([...merchant.products, ...products]);
  const status = merchant.status === "SUSPENDED" ? "SUSPENDED" : "ACTIVE";
  await tx.merchant.update({ where: { id: merchantId }, data: { products: enabled, status } });
  await recordAudit(tx, {
    actor,
    action: "merchant.products_enabled",
    targetType: "merchant",
    targetId: merchantId,
    merchantId,
    before: { status: merchant.status, products: merchant.products },
    after: { status, products: enabled },
  });
  return merchant;
}

/**
 * A reviewer decides an application: approve (some or all of the products applied for), reject with a
 * reason, or ask for changes with a message. The row is locked and must be unclaimed or claimed by
 * this reviewer, so two reviewers deciding at once yield exactly one decision; the other gets a
 * conflict. The decision is mailed to the merchant and written to the audit log in the same
 * transaction.
 */
export async function decideApplication(
  db: Db,
  options: { reviewer: StaffActor; applicationId: string; decision: ReviewDecision },
): Promise<MerchantApplication> {
  const { reviewer, decision } = options;
  assertStaff(reviewer);
  return db.$transaction(async (tx) => {
    const application = await lockApplication(tx, options.applicationId);
    const at = now();
    if (!claimIsFree(application, reviewer.id, at)) {
      throw new AppError(
        "conflict",
        application.status === "IN_REVIEW"
          ? "Another reviewer is reviewing this application."
          : "This application has already been decided.",
      );
    }
    const note = noteOf(decision);
    const products = approvedProducts(application, decision);
    const decided = await tx.merchantApplication.update({
      where: { id: application.id },
      data: {
        status: STATUS[decision.kind],
        approvedProducts: products,
        decisionNote: note,
        decidedById: reviewer.id,
        decidedAt: at,
        claimedById: null,
        claimedUntil: null,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actor: reviewer,
      action: `application.${MAIL_DECISION[decision.kind]}`,
      targetType: "application",
      targetId: application.id,
      merchantId: application.merchantId,
      before: applicationSnapshot(application),
      after: applicationSnapshot(decided),
      note,
    });
    const merchant =
      decision.kind === "approve"
        ? await enableProducts(tx, reviewer, application.merchantId, products)
        : await tx.merchant.findUniqueOrThrow({ where: { id: application.merchantId } });
    const locale = await merchantLocale(tx, merchant.id);
    await queueMail(tx, {
      to: merchant.email,
      ...applicationDecisionMail(locale, {
        decision: MAIL_DECISION[decision.kind],
        merchantName: merchant.name,
        products: products.map((p) => productName(locale, p)),
        note,
      }),
    });
    return decided;
  });
}
