import type { Db } from "@/lib/db";
import { recordBankMessage, startAttempt } from "@/lib/payments";
import { STRIPE_BANK_CODE, type CardToken } from "./stripe";
import { CHARGE_REQUEST } from "./foreign-card-attempts";

/**
 * Opens a foreign-card attempt (method bank card, bank "stripe", payer shown by brand and last four
 * digits) and keeps the charge request it is about to send, in one transaction, so that an attempt
 * whose answer is lost can always be replayed. Throws AppError when the payment cannot be paid.
 */
export async function openForeignCardAttempt(db: Db, checkoutToken: string, token: CardToken) {
  return db.$transaction(async (tx) => {
    const { payment, attempt } = await startAttempt(tx, {
      payment: { checkoutToken },
      method: "BANK_CARD",
      bankCode: STRIPE_BANK_CODE,
      payerRef: `${token.brand} •••• ${token.last4}`,
    });
    // Written before the request is sent: if the answer is lost, this is what gets replayed.
    await recordBankMessage(tx, {
      bankCode: STRIPE_BANK_CODE,
      direction: "OUT",
      kind: CHARGE_REQUEST,
      body: JSON.stringify({
        source: token.id,
        amount: payment.amount.toString(),
        currency: payment.currency,
        card: { brand: token.brand, last4: token.last4, funding: token.funding, country: token.country },
      }),
      verified: true,
      attemptId: attempt.id,
      paymentId: payment.id,
    });
    return { payment, attempt };
  });
}
