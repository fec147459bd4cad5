import type { Db } from "@/lib/db";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";

/** The merchant's team for the team page (team.manage), owner first. */
export async function listTeam(db: Db, options: { userId: string; merchantId: string }) {
  await requireMerchantPermission(db, options.userId, options.merchantId, "team.manage");
  return db.merchantMember.findMany({
    where: { merchantId: options.merchantId },
    include: { user: { select: { email: true, name: true, emailVerifiedAt: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
}
