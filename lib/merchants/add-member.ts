import type { MemberRole, MerchantMember } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";

/**
 * Makes a user a member of a merchant's team (OWNER or OPERATOR). Idempotent: an existing membership is
 * returned unchanged, so seeds and retried invitations do not fail.
 */
export async function addMerchantMember(
  tx: Tx,
  options: { merchantId: string; userId: string; role: MemberRole; permissions?: string[] },
): Promise<MerchantMember> {
  const { merchantId, userId, role, permissions = [] } = options;
  return tx.merchantMember.upsert({
    where: { merchantId_userId: { merchantId, userId } },
    create: { id: newId("mem"), merchantId, userId, role, permissions },
    update: {},
  });
}
