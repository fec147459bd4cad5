import type { Payment, PaymentAttempt } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockPayment } from "./lock-payment";
import { isReversed } from "./reverse-payment";

export type RefundablePayment = { payment: Payment; paidAttempt: PaymentAttempt | null };

/**
 * For the refunds module: a merchant's payment locked (FOR UPDATE) for the rest of the caller's
 * transaction, with the attempt that paid it (its method, bank and payer say where money goes back).
 * Concurrent refunds of one payment queue on this lock, so their total can be checked exactly.
 */
export async function lockPaymentForRefund(
  tx: Tx,
  key: { merchantId: string; orderId: string } | { id: string },
): Promise<RefundablePayment | null> {
  const payment = await lockPayment(tx, key);
  if (!payment) return null;
  if (isReversed(payment)) {
    throw new AppError("payment_not_refundable", "The payment was reversed: the bank never received it.");
  }
  const paidAttempt = payment.paidAttemptId
    ? await tx.paymentAttempt.findUnique({ where: { id: payment.paidAttemptId } })
    : null;
  return { payment, paidAttempt };
}

/**
 * Moves a locked payment's amountRefunded by `delta` (positive when a refund is accepted, negative
 * when one fails and its amount becomes refundable again). Refuses to go past the amount
 * (`amount_exceeds_refundable`) or below zero; the database checks both again.
 */
export async function changeRefundedAmount(tx: Tx, payment: Payment, delta: bigint): Promise<Payment> {
  const next = payment.amountRefunded + delta;
  if (next > payment.amount) {
    throw new AppError(
      "amount_exceeds_refundable",
      `At most ${payment.amount - payment.amountRefunded} is left to refund.`,
      "amount",
    );
  }
  if (next < 0n) throw new Error(`payment ${payment.id} would have a negative refunded amount`);
  return tx.payment.update({ where: { id: payment.id }, data: { amountRefunded: next } });
}
