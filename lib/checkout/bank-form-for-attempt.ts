import type { Db } from "@/lib/db";
import type { PaymentRedirect } from "@/lib/banks";
import { buildBankRedirect } from "@/lib/bank-gateway/start-bank-payment";

/**
 * The signed form for a bank that takes the shopper by POST, for an attempt of the payment behind
 * `checkoutToken` that is still waiting; null otherwise (someone else's attempt, or already decided).
 */
export async function bankFormForAttempt(
  db: Db,
  checkoutToken: string,
  attemptId: string,
): Promise<{ bankCode: string; redirect: PaymentRedirect } | null> {
  const attempt = await db.paymentAttempt.findUnique({
    where: { id: attemptId },
    include: { payment: true },
  });
  if (!attempt || attempt.payment.checkoutToken !== checkoutToken) return null;
  if (attempt.status !== "PENDING" || attempt.payment.status !== "PENDING" || !attempt.bankCode) return null;
  const redirect = await buildBankRedirect(db, attempt.payment, attempt.id, attempt.bankCode);
  return { bankCode: attempt.bankCode, redirect };
}
