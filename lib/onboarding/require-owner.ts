import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The merchant's owner (the enterprise super user) and nobody else: applying for products and
 * cancelling an application are the owner's. A user of another merchant gets not_found.
 */
export async function requireMerchantOwner(db: Db | Tx, userId: string, merchantId: string) {
  const member = await db.merchantMember.findUnique({
    where: { merchantId_userId: { merchantId, userId } },
    include: { user: { select: { email: true } } },
  });
  if (!member) throw new AppError("not_found", "No such merchant resource.");
  if (member.role !== "OWNER" || member.status !== "ACTIVE") {
    throw new AppError("forbidden", "Only the merchant's owner can do this.");
  }
  return { member, actor: { id: userId, email: member.user.email } };
}
