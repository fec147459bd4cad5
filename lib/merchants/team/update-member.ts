import type { MemberStatus } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { isMerchantPermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export type UpdateMemberOptions = {
  userId: string;
  /** The member being changed; its merchant is the tenant the permission is checked in. */
  memberId: string;
  change: { permissions: string[] } | { status: MemberStatus };
};

/**
 * Changes an operator's permissions, or suspends / reactivates them. The merchant comes from the member
 * row (another merchant's member is not found); the actor needs team.manage there. The owner cannot
 * be changed, and nobody changes their own membership (no granting oneself more, no locking oneself out).
 */
export async function updateMember(db: Db, options: UpdateMemberOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await tx.merchantMember.findUnique({ where: { id: options.memberId } });
    if (!member) throw new AppError("not_found", "No such team member.");
    await requireMerchantPermission(tx, options.userId, member.merchantId, "team.manage");
    if (member.role === "OWNER") throw new AppError("forbidden", "The owner's membership cannot be changed.");
    if (member.userId === options.userId)
      throw new AppError("forbidden", "You cannot change your own membership.");
    const { change } = options;
    if ("permissions" in change && !change.permissions.every(isMerchantPermission)) {
      throw new AppError("invalid_request", "Unknown permission.", "permissions");
    }
    const data =
      "permissions" in change ? { permissions: [...new Set(change.permissions)] } : { status: change.status };
    const updated = await tx.merchantMember.update({ where: { id: member.id }, data });
    const actor = await tx.user.findUniqueOrThrow({ where: { id: options.userId } });
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      action:
        "permissions" in change
          ? "team.permissions_changed"
          : change.status === "SUSPENDED"
            ? "team.member_suspended"
            : "team.member_reactivated",
      targetType: "member",
      targetId: member.id,
      merchantId: member.merchantId,
      before: { permissions: member.permissions, status: member.status },
      after: { permissions: updated.permissions, status: updated.status },
    });
  });
}
