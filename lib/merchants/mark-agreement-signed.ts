import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { assertStaff, type StaffActor } from "@/lib/onboarding/staff-actor";

/**
 * An admin records that the merchant signed the formal agreement, which opens withdrawals (self-service
 * activation keeps them closed until then). Recording it twice keeps the first date.
 */
export async function markAgreementSigned(
  db: Db,
  options: { admin: StaffActor; merchantId: string },
): Promise<void> {
  assertStaff(options.admin, ["ADMIN"]);
  await db.$transaction(async (tx) => {
    const merchant = await tx.merchant.findUnique({ where: { id: options.merchantId } });
    if (!merchant) throw new AppError("not_found", "No such merchant.");
    if (merchant.agreementSignedAt) return;
    const at = now();
    await tx.merchant.update({
      where: { id: merchant.id },
      data: { agreementSignedAt: at, agreementSignedBy: options.admin.email },
    });
    await recordAudit(tx, {
      actor: options.admin,
      action: "merchant.agreement_signed",
      targetType: "merchant",
      targetId: merchant.id,
      merchantId: merchant.id,
      before: { agreementSignedAt: null },
      after: { agreementSignedAt: at.toISOString(), agreementSignedBy: options.admin.email },
    });
  });
}
