import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { applicationSnapshot } from "./application-snapshot";
import { requireMerchantOwner } from "./require-owner";

/**
 * The owner withdraws an application no reviewer has picked up yet (status SUBMITTED). The update is
 * conditional on that status, so it cannot race a reviewer's claim: one of the two wins.
 */
export async function cancelApplication(
  db: Db,
  options: { userId: string; applicationId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const application = await tx.merchantApplication.findUnique({ where: { id: options.applicationId } });
    if (!application) throw new AppError("not_found", "No such application.");
    const { actor } = await requireMerchantOwner(tx, options.userId, application.merchantId);
    const { count } = await tx.merchantApplication.updateMany({
      where: { id: application.id, status: "SUBMITTED", version: application.version },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    if (count !== 1) {
      throw new AppError(
        "conflict",
        "A reviewer has already picked this application up; it can no longer be cancelled.",
      );
    }
    await recordAudit(tx, {
      actor,
      action: "application.cancelled",
      targetType: "application",
      targetId: application.id,
      merchantId: application.merchantId,
      before: applicationSnapshot(application),
      after: { ...applicationSnapshot(application), status: "CANCELLED" },
    });
  });
}
