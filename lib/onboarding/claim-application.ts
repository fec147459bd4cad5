import type { MerchantApplication } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { applicationSnapshot } from "./application-snapshot";
import { assertStaff, type StaffActor } from "./staff-actor";

/** How long a claim keeps other reviewers out; past it, an abandoned review can be taken over. */
export const CLAIM_TTL_MS = 30 * 60_000;

/** Whether `reviewerId` may act on the application now: unclaimed, claimed by them, or the claim lapsed. */
export function claimIsFree(application: MerchantApplication, reviewerId: string, at: Date): boolean {
  if (application.status === "SUBMITTED") return true;
  if (application.status !== "IN_REVIEW") return false;
  return (
    application.claimedById === reviewerId || !application.claimedUntil || application.claimedUntil <= at
  );
}

/**
 * A reviewer picks an application up (status IN_REVIEW) so no other reviewer decides it meanwhile.
 * Claiming again extends the claim. The conditional update on `version` makes two claims at once
 * yield one owner.
 */
export async function claimApplication(
  db: Db,
  options: { reviewer: StaffActor; applicationId: string },
): Promise<MerchantApplication> {
  assertStaff(options.reviewer);
  return db.$transaction(async (tx) => {
    const application = await tx.merchantApplication.findUnique({ where: { id: options.applicationId } });
    if (!application) throw new AppError("not_found", "No such application.");
    const at = now();
    if (!claimIsFree(application, options.reviewer.id, at)) {
      throw new AppError(
        "conflict",
        application.status === "IN_REVIEW"
          ? "Another reviewer is reviewing this application."
          : "This application is no longer waiting for review.",
      );
    }
    const { count } = await tx.merchantApplication.updateMany({
      where: { id: application.id, version: application.version },
      data: {
        status: "IN_REVIEW",
        claimedById: options.reviewer.id,
        claimedUntil: new Date(at.getTime() + CLAIM_TTL_MS),
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new AppError("conflict", "Another reviewer is reviewing this application.");
    const claimed = await tx.merchantApplication.findUniqueOrThrow({ where: { id: application.id } });
    if (application.claimedById !== options.reviewer.id) {
      await recordAudit(tx, {
        actor: options.reviewer,
        action: "application.claimed",
        targetType: "application",
        targetId: application.id,
        merchantId: application.merchantId,
        before: applicationSnapshot(application),
        after: applicationSnapshot(claimed),
      });
    }
    return claimed;
  });
}

/** The reviewer hands the application back to the queue (SUBMITTED) without deciding. */
export async function releaseApplication(
  db: Db,
  options: { reviewer: StaffActor; applicationId: string },
): Promise<void> {
  assertStaff(options.reviewer);
  await db.$transaction(async (tx) => {
    const application = await tx.merchantApplication.findUnique({ where: { id: options.applicationId } });
    if (!application) throw new AppError("not_found", "No such application.");
    const { count } = await tx.merchantApplication.updateMany({
      where: { id: application.id, status: "IN_REVIEW", claimedById: options.reviewer.id },
      data: { status: "SUBMITTED", claimedById: null, claimedUntil: null, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("conflict", "You are not reviewing this application.");
    await recordAudit(tx, {
      actor: options.reviewer,
      action: "application.released",
      targetType: "application",
      targetId: application.id,
      merchantId: application.merchantId,
      before: applicationSnapshot(application),
      after: { ...applicationSnapshot(application), status: "SUBMITTED", claimedById: null },
    });
  });
}
