import type { Db } from "@/lib/db";
import { auditTrailOf } from "@/lib/audit/list-audit-logs";
import { AppError } from "@/lib/errors";

/**
 * One application for the reviewer console: the application, its merchant, the reviewer holding it,
 * its history (audit trail), and the merchant's earlier applications.
 */
export async function getApplicationForReview(db: Db, applicationId: string) {
  const application = await db.merchantApplication.findUnique({
    where: { id: applicationId },
    include: { merchant: true },
  });
  if (!application) throw new AppError("not_found", "No such application.");
  const [history, earlier, claimedBy] = await Promise.all([
    auditTrailOf(db, "application", application.id),
    db.merchantApplication.findMany({
      where: { merchantId: application.merchantId, id: { not: application.id } },
      orderBy: { createdAt: "desc" },
      take: 10,
    }),
    application.claimedById
      ? db.user.findUnique({ where: { id: application.claimedById }, select: { id: true, email: true } })
      : null,
  ]);
  return { application, history, earlier, claimedBy };
}
