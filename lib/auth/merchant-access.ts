import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberCan, type MerchantPermission } from "./permissions";

/**
 * Checks that `userId` may do `permission` for the merchant that owns the resource. The merchant id
 * must come from the resource being acted on (a payment's merchantId), never from form input; a user
 * of another merchant gets `not_found`, so ids of other tenants' objects reveal nothing.
 */
export async function requireMerchantPermission(
  db: Db | Tx,
  userId: string,
  merchantId: string,
  permission: MerchantPermission,
) {
  const member = await db.merchantMember.findUnique({ where: { merchantId_userId: { merchantId, userId } } });
  if (!member) throw new AppError("not_found", "No such merchant resource.");
  if (!memberCan(member, permission)) {
    throw new AppError("forbidden", `Your role in this merchant lacks the "${permission}" permission.`);
  }
  return member;
}

/** The merchant memberships a user has, for picking the dashboard's merchant. */
export function membershipsOf(db: Db | Tx, userId: string) {
  return db.merchantMember.findMany({
    where: { userId, status: "ACTIVE" },
    include: { merchant: true },
    orderBy: { createdAt: "asc" },
  });
}
