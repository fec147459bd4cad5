import type { Db } from "@/lib/db";
import type { PaymentRedirect } from "@/lib/banks";
import { buildBankRedirect, type BankRedirectPayment } from "@/lib/bank-gateway/start-bank-payment";

type WaitingAttempt = BankRedirectPayment & { bankCode: string };

/**
 * An attempt at a bank that is still waiting, with what its redirect needs, if it belongs to the
 * payment behind `checkoutToken` and both are still pending: one statement.
 */
async function waitingAttempt(
  db: Db,
  checkoutToken: string,
  attemptId: string,
): Promise<WaitingAttempt | null> {
  const rows = await db.$queryRaw<WaitingAttempt[]>`
    SELECT a."bankCode", p."amount", p."currency", p."subject", p."expiresAt", m."name" AS "merchantName"
      FROM "payment_attempts" a
      JOIN "payments" p ON p."id" = a."paymentId"
      JOIN "merchants" m ON m."id" = p."merchantId"
     WHERE a."id" = ${attemptId} AND p."checkoutToken" = ${checkoutToken}
       AND a."status" = 'PENDING' AND p."status" = 'PENDING' AND a."bankCode" IS NOT NULL`;
  return rows[0] ?? null;
}

/**
 * The signed form for a bank that takes the shopper by POST, for an attempt of the payment behind
 * `checkoutToken` that is still waiting; null otherwise (someone else's attempt, or already decided).
 */
export async function bankFormForAttempt(
  db: Db,
  checkoutToken: string,
  attemptId: string,
): Promise<{ bankCode: string; redirect: PaymentRedirect } | null> {
  const attempt = await waitingAttempt(db, checkoutToken, attemptId);
  if (!attempt) return null;
  const redirect = await buildBankRedirect(attempt, attemptId, attempt.bankCode);
  return { bankCode: attempt.bankCode, redirect };
}
