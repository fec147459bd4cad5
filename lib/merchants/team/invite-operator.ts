import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { isMerchantPermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { inviteUser } from "@/lib/onboarding/reviewers/invite-staff-user";
import { emailSchema } from "@/lib/users/normalize-email";

const schema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100).optional(),
  permissions: z.array(z.string().refine(isMerchantPermission)).max(20),
  locale: z.enum(["zh", "en"]).catch("zh"),
});

export type InviteOperatorOptions = {
  /** Who invites: must hold team.manage in the merchant. */
  userId: string;
  /** The inviter's merchant (from their membership, never from the form). */
  merchantId: string;
  input: { email: string; name?: string; permissions: string[]; locale?: string };
};

/**
 * The owner (or an operator with team.manage) invites an operator by email with a set of permissions
 * from the declarative table; the invitee chooses a password from the mailed link. An address that
 * already has an account is refused: accounts are not shared between merchants or roles.
 */
export async function inviteOperator(db: Db, options: InviteOperatorOptions): Promise<{ memberId: string }> {
  const parsed = schema.safeParse(options.input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "email");
    throw new AppError("invalid_request", `Check ${field}.`, field);
  }
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const inviter = await requireMerchantPermission(tx, options.userId, options.merchantId, "team.manage");
    const merchant = await tx.merchant.findUniqueOrThrow({ where: { id: options.merchantId } });
    const actor = await tx.user.findUniqueOrThrow({ where: { id: options.userId } });
    const user = await inviteUser(tx, {
      email: input.email,
      name: input.name || undefined,
      role: "MERCHANT_OPERATOR",
      locale: input.locale,
      inviter: actor.email,
      what: input.locale === "zh" ? `${merchant.name} 的操作员` : `operator of ${merchant.name}`,
    });
    const member = await tx.merchantMember.create({
      data: {
        id: newId("mem"),
        merchantId: merchant.id,
        userId: user.id,
        role: "OPERATOR",
        permissions: input.permissions,
        invitedById: inviter.userId,
      },
    });
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      action: "team.member_invited",
      targetType: "member",
      targetId: member.id,
      merchantId: merchant.id,
      after: { email: user.email, role: member.role, permissions: member.permissions, status: member.status },
    });
    return { memberId: member.id };
  });
}
