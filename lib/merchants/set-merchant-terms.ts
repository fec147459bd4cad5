import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { assertStaff, type StaffActor } from "@/lib/onboarding/staff-actor";
import { checkPlatformLink, lockMerchants } from "@/lib/splits/platform-link";

// "" means none, as an emptied form field sends it.
const optionalId = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value === undefined ? undefined : value || null));

const schema = z.object({
  settlementDelayDays: z.number().int().min(1).max(30),
  /** In fen. */
  withdrawalLimit: z.bigint().min(1n).max(100_000_000_000n),
  /** The agent who brought the merchant (earns commissions on its fees); "" or null: none; absent: unchanged. */
  agentId: optionalId,
  /** The platform this merchant is a sub-merchant of; "" or null: none; absent: unchanged. */
  platformMerchantId: optionalId,
});

export type MerchantTerms = z.input<typeof schema>;

/**
 * An admin sets a merchant's terms: settlement delay (T+N business days), per-withdrawal limit, and,
 * when given, the agent who brought it and the platform it is a sub-merchant of (one level only:
 * checkPlatformLink). One transaction, one audit entry with what changed; a refusal names its field and
 * changes nothing. A new agent or platform applies to payments from then on.
 */
export async function setMerchantTerms(
  db: Db,
  options: { admin: StaffActor; merchantId: string; terms: MerchantTerms },
): Promise<void> {
  assertStaff(options.admin, ["ADMIN"]);
  const parsed = schema.safeParse(options.terms);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "settlementDelayDays");
    throw new AppError("invalid_request", `Check ${field}.`, field);
  }
  const { settlementDelayDays, withdrawalLimit, agentId, platformMerchantId } = parsed.data;
  const merchantId = options.merchantId.trim();
  await db.$transaction(async (tx) => {
    await lockMerchants(tx, platformMerchantId ? [merchantId, platformMerchantId] : [merchantId]);
    const merchant = await tx.merchant.findUnique({ where: { id: merchantId } });
    if (!merchant) throw new AppError("not_found", "No such merchant.", "merchantId");
    if (agentId && agentId !== merchant.agentId) {
      const agent = await tx.agent.findUnique({ where: { id: agentId }, select: { id: true } });
      if (!agent) throw new AppError("not_found", "No such agent.", "agentId");
    }
    // An unchanged link was checked when it was made; saving the other terms does not check it again.
    if (platformMerchantId && platformMerchantId !== merchant.platformMerchantId) {
      await checkPlatformLink(tx, {
        merchantId,
        platformId: platformMerchantId,
        merchantField: "merchantId",
      });
    }
    const after = {
      settlementDelayDays,
      withdrawalLimit,
      agentId: agentId === undefined ? merchant.agentId : agentId,
      platformMerchantId: platformMerchantId === undefined ? merchant.platformMerchantId : platformMerchantId,
    };
    await tx.merchant.update({ where: { id: merchant.id }, data: after });
    await recordAudit(tx, {
      actor: options.admin,
      action: "merchant.terms_changed",
      targetType: "merchant",
      targetId: merchant.id,
      merchantId: merchant.id,
      before: {
        settlementDelayDays: merchant.settlementDelayDays,
        withdrawalLimit: merchant.withdrawalLimit.toString(),
        agentId: merchant.agentId,
        platformMerchantId: merchant.platformMerchantId,
      },
      after: { ...after, withdrawalLimit: withdrawalLimit.toString() },
    });
  });
}
