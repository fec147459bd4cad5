import type { Db } from "@/lib/db";
import { auditTrailOf } from "@/lib/audit/list-audit-logs";

/**
 * What the merchant's application page shows: the latest application (if any) and its history. The
 * reviewers' identities stay internal: the merchant sees what happened and when, not who.
 */
export async function getMerchantApplication(db: Db, merchantId: string) {
  const application = await db.merchantApplication.findFirst({
    where: { merchantId },
    orderBy: { createdAt: "desc" },
  });
  if (!application) return { application: null, history: [] };
  const trail = await auditTrailOf(db, "application", application.id);
  return {
    application,
    history: trail.map((entry) => ({
      id: entry.id,
      action: entry.action,
      createdAt: entry.createdAt,
      note: entry.note,
    })),
  };
}
