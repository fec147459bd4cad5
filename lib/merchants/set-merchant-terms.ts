import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { assertStaff, type StaffActor } from "@/lib/onboarding/staff-actor";

const schema = z.object({
  settlementDelayDays: z.number().int().min(1).max(30),
  /** In fen. */
  withdrawalLimit: z.bigint().min(1n).max(100_000_000_000n),
});

/** An admin sets a merchant's settlement delay (T+N business days) and its per-withdrawal limit. */
export async function setMerchantTerms(
  db: Db,
  options: { admin: StaffActor; merchantId: string; terms: z.input<typeof schema> },
): Promise<void> {
  assertStaff(options.admin, ["ADMIN"]);
  const parsed = schema.safeParse(options.terms);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "settlementDelayDays");
    throw new AppError("invalid_request", `Check ${field}.`, field);
  }
  await db.$transaction(async (tx) => {
    const merchant = await tx.merchant.findUnique({ where: { id: options.merchantId } });
    if (!merchant) throw new AppError("not_found", "No such merchant.");
    await tx.merchant.update({ where: { id: merchant.id }, data: parsed.data });
    await recordAudit(tx, {
      actor: options.admin,
      action: "merchant.terms_changed",
      targetType: "merchant",
      targetId: merchant.id,
      merchantId: merchant.id,
      before: {
        settlementDelayDays: merchant.settlementDelayDays,
        withdrawalLimit: merchant.withdrawalLimit.toString(),
      },
      after: {
        settlementDelayDays: parsed.data.settlementDelayDays,
        withdrawalLimit: parsed.data.withdrawalLimit.toString(),
      },
    });
  });
}
