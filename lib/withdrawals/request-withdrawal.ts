import type { Withdrawal } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { accounts, credit, debit, getLockedBalances, postEntry } from "@/lib/ledger";
import { formatCny } from "@/lib/money";
import { PROCESS_WITHDRAWAL_JOB } from "./withdrawal-jobs";

export type RequestWithdrawalOptions = {
  userId: string;
  /** The destination; its merchant is the tenant (another merchant's account is not found). */
  bankAccountId: string;
  /** In fen. */
  amount: bigint;
};

/**
 * A member with withdrawals.create withdraws from the merchant's available balance to a registered
 * bank account. Refused, with the reason, while the formal agreement is unsigned, above the merchant's
 * limit, or above the available balance (read under lock, so concurrent withdrawals and refunds cannot
 * spend the same money). The money leaves the available balance at once, in the same transaction as
 * the withdrawal; the bank is instructed after commit by a job, and a refusal gives the money back.
 */
export async function requestWithdrawal(db: Db, options: RequestWithdrawalOptions): Promise<Withdrawal> {
  if (options.amount <= 0n) throw new AppError("invalid_request", "Enter an amount above zero.", "amount");
  return db.$transaction(async (tx) => {
    const account = await tx.merchantBankAccount.findUnique({ where: { id: options.bankAccountId } });
    if (!account || account.status !== "ACTIVE") {
      throw new AppError("not_found", "No such bank account.", "bankAccountId");
    }
    await requireMerchantPermission(tx, options.userId, account.merchantId, "withdrawals.create");
    const merchant = await tx.merchant.findUniqueOrThrow({ where: { id: account.merchantId } });
    if (!merchant.agreementSignedAt) {
      throw new AppError("forbidden", "Withdrawals stay closed until the formal agreement is signed.");
    }
    if (options.amount > merchant.withdrawalLimit) {
      throw new AppError(
        "invalid_request",
        `A withdrawal is at most ${formatCny(merchant.withdrawalLimit)}.`,
        "amount",
      );
    }
    const available = accounts.merchantAvailable(merchant.id);
    const balance = (await getLockedBalances(tx, [available])).get(available.code) ?? 0n;
    if (options.amount > balance) {
      throw new AppError("insufficient_funds", `The available balance is ${formatCny(balance)}.`, "amount");
    }
    const at = now();
    const withdrawal = await tx.withdrawal.create({
      data: {
        id: newId("wd", at.getTime()),
        merchantId: merchant.id,
        bankAccountId: account.id,
        bankCode: account.bankCode,
        amount: options.amount,
        createdById: options.userId,
        nextQueryAt: at,
        createdAt: at,
      },
    });
    // Paid out of the gateway's account at that bank: bank clearing goes down with the balance.
    await postEntry(tx, {
      eventType: "withdrawal.requested",
      eventId: withdrawal.id,
      description: `Withdrawal to ${account.bankCode} ****${account.last4}`,
      lines: [
        debit(available, options.amount),
        credit(accounts.bankClearing(account.bankCode), options.amount),
      ],
    });
    await enqueueJob(tx, {
      type: PROCESS_WITHDRAWAL_JOB,
      payload: { withdrawalId: withdrawal.id },
      dedupeKey: `${PROCESS_WITHDRAWAL_JOB}:${withdrawal.id}`,
    });
    const actor = await tx.user.findUniqueOrThrow({ where: { id: options.userId } });
    await recordAudit(tx, {
      actor: { id: actor.id, email: actor.email },
      action: "withdrawal.requested",
      targetType: "withdrawal",
      targetId: withdrawal.id,
      merchantId: merchant.id,
      after: { amount: withdrawal.amount.toString(), bankAccountId: account.id, status: withdrawal.status },
    });
    return withdrawal;
  });
}
