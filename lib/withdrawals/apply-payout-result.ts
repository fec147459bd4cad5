import type { Withdrawal } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { settleCommissionPayout } from "@/lib/commissions/settle-commission-payout";
import type { PayoutResult } from "@/lib/banks";
import { now } from "@/lib/clock";
import { accounts, credit, debit, postEntry } from "@/lib/ledger";
import { nextQueryDelayMs, WITHDRAWAL_FAILED_EVENT } from "./withdrawal-jobs";

/** Where a withdrawal's money came from, and goes back to if the bank refuses it. */
function ownerAccount(withdrawal: Withdrawal) {
  if (withdrawal.userId) return accounts.wallet(withdrawal.userId);
  if (withdrawal.agentId) return accounts.agentCommissions(withdrawal.agentId);
  return accounts.merchantAvailable(withdrawal.merchantId ?? "");
}

/**
 * Applies what the bank said about a withdrawal (its notification or an answer to our request), once:
 * the row is locked and only a PROCESSING withdrawal changes. Success ends it; a failure puts the money
 * back where it came from (the merchant's available balance, the user's wallet or the agent's
 * commissions, a reversing entry); "processing" schedules the next question.
 * Returns a verdict for the bank-message log.
 */
export async function applyPayoutResult(db: Db, withdrawalId: string, result: PayoutResult): Promise<string> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "withdrawals" WHERE "id" = ${withdrawalId} FOR UPDATE`;
    const withdrawal = await tx.withdrawal.findUnique({ where: { id: withdrawalId } });
    if (!withdrawal) return "unknown_withdrawal";
    if (withdrawal.status !== "PROCESSING") return "duplicate";
    const at = now();
    if (result.status === "processing" || result.status === "not_found") {
      await tx.withdrawal.update({
        where: { id: withdrawal.id },
        data: {
          submittedAt:
            result.status === "processing" ? (withdrawal.submittedAt ?? at) : withdrawal.submittedAt,
          bankPayoutId: result.status === "processing" ? result.bankPayoutId : withdrawal.bankPayoutId,
          queryCount: { increment: 1 },
          nextQueryAt: new Date(at.getTime() + nextQueryDelayMs(withdrawal.queryCount)),
        },
      });
      return "pending";
    }
    if ("amount" in result && result.amount !== withdrawal.amount) return "amount_mismatch";
    if (result.status === "succeeded") {
      await tx.withdrawal.update({
        where: { id: withdrawal.id },
        data: {
          status: "SUCCEEDED",
          bankPayoutId: result.bankPayoutId,
          completedAt: at,
          nextQueryAt: null,
        },
      });
      if (withdrawal.agentId) await settleCommissionPayout(tx, withdrawal.id, "succeeded");
      return "accepted";
    }
    const reason = result.status === "failed" ? result.failReason : `rejected_${result.rejectReason}`;
    await tx.withdrawal.update({
      where: { id: withdrawal.id },
      data: { status: "FAILED", failureReason: reason, completedAt: at, nextQueryAt: null },
    });
    await postEntry(tx, {
      eventType: WITHDRAWAL_FAILED_EVENT,
      eventId: withdrawal.id,
      description: `Withdrawal refused by ${withdrawal.bankCode}: ${reason}`,
      lines: [
        debit(accounts.bankClearing(withdrawal.bankCode), withdrawal.amount),
        credit(ownerAccount(withdrawal), withdrawal.amount),
      ],
    });
    if (withdrawal.agentId) await settleCommissionPayout(tx, withdrawal.id, "failed");
    return "accepted";
  });
}
