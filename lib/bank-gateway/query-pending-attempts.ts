import { db } from "@/lib/db";
import { claimAttemptsDueForQuery, recordBankMessage } from "@/lib/payments";
import { isBankError } from "@/lib/banks";
import { queryForeignCardAttempt, STRIPE_BANK_CODE } from "@/lib/acquirers";
import { bankRegistry } from "./registry";
import { applyPaymentResult } from "./apply-payment-result";

export const BANK_QUERY_JOB = "banks.query-pending-attempts";
const BATCH = 50;

/**
 * Asks the banks about attempts still pending (lost notifications, shoppers who closed the bank page):
 * a bank that says approved completes the payment exactly as its notification would have.
 */
export async function queryPendingAttempts(): Promise<number> {
  const attempts = await claimAttemptsDueForQuery(db, BATCH);
  await Promise.all(
    attempts.map(async (attempt) => {
      if (!attempt.bankCode) return;
      const connector = bankRegistry().get(attempt.bankCode);
      try {
        // Foreign cards go through the card acquirer, which is asked its own way.
        if (attempt.bankCode === STRIPE_BANK_CODE) {
          await queryForeignCardAttempt(db, attempt.id);
          return;
        }
        if (!connector) return;
        const answer = await connector.queryPayment(attempt.id);
        await applyPaymentResult(db, answer, "query_answer");
      } catch (error) {
        // The next query retries; a forged answer is kept as evidence.
        await recordBankMessage(db, {
          bankCode: attempt.bankCode,
          direction: "IN",
          kind: "query_answer",
          body: error instanceof Error ? error.message : String(error),
          verified: false,
          verdict: isBankError(error) ? error.code : "error",
          attemptId: attempt.id,
          paymentId: attempt.paymentId,
        });
      }
    }),
  );
  return attempts.length;
}

export async function queryPendingAttemptsJob(): Promise<void> {
  await queryPendingAttempts();
}
