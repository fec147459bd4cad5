import type { Db } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { checkPlatformLink, lockMerchants } from "./platform-link";

/**
 * Makes a merchant a sub-merchant of a platform merchant (or, with null, independent again), audited.
 * One level only (checkPlatformLink).
 * Shares already given keep their sub-merchant; only new payments see the change.
 */
export async function setPlatformMerchant(
  db: Db,
  actor: AuditActor,
  options: { subMerchantId: string; platformMerchantId: string | null },
): Promise<void> {
  const subId = options.subMerchantId.trim();
  const platformId = options.platformMerchantId?.trim() || null;
  await db.$transaction(async (tx) => {
    await lockMerchants(tx, platformId ? [subId, platformId] : [subId]);
    const sub = await tx.merchant.findUnique({ where: { id: subId } });
    if (!sub) throw new AppError("not_found", "No merchant with this id.", "subMerchantId");
    if (platformId) {
      await checkPlatformLink(tx, { merchantId: sub.id, platformId, merchantField: "subMerchantId" });
    }
    await tx.merchant.update({ where: { id: sub.id }, data: { platformMerchantId: platformId } });
    await recordAudit(tx, {
      actor,
      action: "merchant.platform_changed",
      targetType: "merchant",
      targetId: sub.id,
      merchantId: sub.id,
      before: { platformMerchantId: sub.platformMerchantId },
      after: { platformMerchantId: platformId },
    });
  });
}

/** Every platform merchant with its sub-merchants, for the admin console. */
export async function listPlatforms(db: Db) {
  return db.merchant.findMany({
    where: { subMerchants: { some: {} } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      subMerchants: { orderBy: { name: "asc" }, select: { id: true, name: true, status: true } },
    },
  });
}
