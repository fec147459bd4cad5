import { z } from "zod";
import { db as defaultDb, type Db } from "@/lib/db";
import { unseal } from "@/lib/secrets/sealed-text";
import type { BankConnector } from "@/lib/banks";
import { bankRegistry } from "@/lib/bank-gateway/registry";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { applyPayoutResult } from "./apply-payout-result";

export type ConnectorFor = (bankCode: string) => BankConnector;

const defaultConnector: ConnectorFor = (code) => bankRegistry().connector(code);

/** Where a bank posts its signed payout result. */
export function payoutNotifyUrl(bankCode: string): string {
  return `${env.APP_URL.replace(/\/+$/, "")}/api/banks/${encodeURIComponent(bankCode)}/payouts/notify`;
}

/**
 * Instructs the bank to pay a processing withdrawal out, or asks it again: payout requests are
 * idempotent at the bank by payout id (the withdrawal's id), so sending the same request again answers
 * with its current state. Runs outside any transaction; the answer is applied in its own.
 */
export async function processWithdrawal(
  db: Db,
  withdrawalId: string,
  connectorFor: ConnectorFor = defaultConnector,
): Promise<string> {
  const withdrawal = await db.withdrawal.findUnique({
    where: { id: withdrawalId },
    include: { bankAccount: true },
  });
  if (!withdrawal || withdrawal.status !== "PROCESSING") return "done";
  // A merchant's registered account; otherwise the number sealed on the withdrawal itself: the card a
  // wallet user typed for it, or the account an agent's commission payout copied from the agent.
  const destination = withdrawal.bankAccount
    ? {
        sealed: withdrawal.bankAccount.accountNumberSealed,
        context: withdrawal.bankAccount.id,
        name: withdrawal.bankAccount.accountName,
      }
    : {
        sealed: withdrawal.accountNumberSealed ?? "",
        context: withdrawal.id,
        name: withdrawal.accountName ?? "",
      };
  const result = await connectorFor(withdrawal.bankCode).requestPayout({
    payoutId: withdrawal.id,
    accountNumber: await unseal(db, destination.sealed, destination.context),
    accountName: destination.name,
    amount: withdrawal.amount,
    currency: withdrawal.currency,
    notifyUrl: payoutNotifyUrl(withdrawal.bankCode),
  });
  return applyPayoutResult(db, withdrawal.id, result);
}

/** Job handler of PROCESS_WITHDRAWAL_JOB. */
export async function processWithdrawalJob(payload: unknown): Promise<void> {
  const { withdrawalId } = z.object({ withdrawalId: z.string() }).parse(payload);
  await processWithdrawal(defaultDb, withdrawalId);
}

/**
 * Recurring sweep: takes the withdrawals whose next question is due, pushing their time on first (a
 * lease, so concurrent sweeps on other instances skip them), then asks each bank. A bank that cannot
 * be reached is asked again at the next due time.
 */
export async function processDueWithdrawals(db: Db, connectorFor: ConnectorFor = defaultConnector) {
  const at = now();
  const lease = new Date(at.getTime() + 60_000);
  const due = await db.$queryRaw<{ id: string }[]>`
    UPDATE "withdrawals" SET "nextQueryAt" = ${lease}
    WHERE "id" IN (
      SELECT "id" FROM "withdrawals"
      WHERE "status" = 'PROCESSING' AND "nextQueryAt" <= ${at}
      ORDER BY "nextQueryAt" LIMIT 20
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  for (const { id } of due) {
    try {
      await processWithdrawal(db, id, connectorFor);
    } catch (error) {
      console.error(`withdrawal ${id}: bank not reachable`, error);
    }
  }
  return due.length;
}

/** Job handler of PROCESS_DUE_WITHDRAWALS_JOB. */
export async function processDueWithdrawalsJob(): Promise<void> {
  await processDueWithdrawals(defaultDb);
}
