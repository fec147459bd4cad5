import type { PaymentAttempt } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { lockPaymentWithMerchant, type PaymentWithMerchant } from "./lock-payment";
import { assertPayable } from "./payment-state";
import { assertProductsAccept } from "./accepted-methods";
import { redactSecrets } from "./redact";

export type StartAttemptInput = {
  /** The payment, by its checkout token (from the checkout URL) or its id. */
  payment: { checkoutToken: string } | { id: string };
  method: "BANK_CARD" | "PREPAID_CARD";
  /** The bank's (or prepaid card issuer's) code, as in lib/banks' registry. */
  bankCode: string;
  /** Something to recognise the payer by on the timeline: a masked card number or an email. */
  payerRef?: string | null;
};

// Bank codes name ledger accounts (bank_clearing:<code>); keep them to the ledger's reference syntax.
const BANK_CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** When the background query first asks the bank about a new attempt (see attempt-queries.ts). */
export const FIRST_QUERY_AFTER_MS = 20_000;

/**
 * Opens an attempt to pay at a bank, in the caller's transaction: the connector then sends the bank
 * the attempt's id and amount. Refuses (409 conflict) a payment that is not pending or has expired, so
 * a closed or expired checkout cannot be paid. The attempt is queried in the background until the bank
 * answers, so a lost bank notification is still found.
 */
export async function startAttempt(
  tx: Tx,
  input: StartAttemptInput,
): Promise<{ payment: PaymentWithMerchant; attempt: PaymentAttempt }> {
  if (!BANK_CODE.test(input.bankCode)) throw new AppError("invalid_request", "Unknown bank.", "bankCode");
  const payment = await lockPaymentWithMerchant(tx, input.payment);
  if (!payment) throw new AppError("not_found", "No such payment.");
  const at = now();
  assertPayable(payment, at);
  if (payment.topUpUserId && input.method !== "BANK_CARD") {
    throw new AppError("conflict", "A wallet top-up is paid by bank card.");
  }
  assertProductsAccept(payment.merchantProducts, input.method);
  const payerRef = input.payerRef ? redactSecrets(input.payerRef).slice(0, 254) : null;
  const rows = await tx.$queryRaw<PaymentAttempt[]>`
    INSERT INTO "payment_attempts"
           ("id", "paymentId", "method", "bankCode", "amount", "currency", "status", "payerRef",
            "nextQueryAt", "queryCount", "createdAt", "updatedAt")
    VALUES (${newId("att", at.getTime())}, ${payment.id}, ${input.method}::"PaymentMethod", ${input.bankCode},
            ${payment.amount}, ${payment.currency}, 'PENDING', ${payerRef},
            ${new Date(at.getTime() + FIRST_QUERY_AFTER_MS)}, 0, ${at}, ${at})
    RETURNING *`;
  const attempt = rows[0];
  if (!attempt) throw new Error("the attempt was not inserted");
  return { payment, attempt };
}
