import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { seal } from "@/lib/secrets/sealed-text";

const schema = z.object({
  bankCode: z.string().trim().min(1).max(32),
  accountName: z.string().trim().min(1).max(100),
  accountNumber: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{12,30}$/)),
});

export type RegisterBankAccountOptions = {
  userId: string;
  /** The member's merchant, from their membership. */
  merchantId: string;
  /** Bank codes the gateway can pay out through (the connector registry's). */
  knownBanks: readonly string[];
  input: z.input<typeof schema>;
};

/** Registers where withdrawals go (withdrawals.create). Pages show the last four digits only. */
export async function registerBankAccount(db: Db, options: RegisterBankAccountOptions) {
  const parsed = schema.safeParse(options.input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "accountNumber");
    throw new AppError("invalid_request", `Check ${field}.`, field);
  }
  const input = parsed.data;
  if (!options.knownBanks.includes(input.bankCode)) {
    throw new AppError("invalid_request", "Choose one of the listed banks.", "bankCode");
  }
  const id = newId("ba");
  // Sealed before the transaction: the key may need a query of its own the first time.
  const accountNumberSealed = await seal(db, input.accountNumber, id);
  return db.$transaction(async (tx) => {
    await requireMerchantPermission(tx, options.userId, options.merchantId, "withdrawals.create");
    const actor = await tx.user.findUniqueOrThrow({ where: { id: options.userId } });
    const account = await tx.merchantBankAccount.create({
      data: {
        id,
        merchantId: options.merchantId,
        bankCode: input.bankCode,
        accountName: input.accountName,
        accountNumberSealed,
        last4: input.accountNumber.slice(-4),
        createdById: options.userId,
      },
    });
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      action: "bank_account.registered",
      targetType: "bank_account",
      targetId: account.id,
      merchantId: options.merchantId,
      after: { bankCode: account.bankCode, accountName: account.accountName, last4: account.last4 },
    });
    return account;
  });
}
