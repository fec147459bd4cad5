// The refund rules of the merchant API (shared/spec/merchant-api.md, "Refunds"). The API's zod schemas,
// the dashboard form and the batch-file preview all read them from here, so they cannot drift apart.
import type { Payment } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

export const REFUND_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const REFUND_REASON_MAX_CHARS = 256;
/** 90 × 24 hours after the payment succeeded (not calendar days: the spec counts hours). */
export const REFUND_WINDOW_MS = 90 * 24 * 60 * 60_000;

/** The last instant at which a payment paid at `paidAt` may still be refunded. */
export function refundWindowEndsAt(paidAt: Date): Date {
  return new Date(paidAt.getTime() + REFUND_WINDOW_MS);
}

/** What is left to refund of a payment (refunds that failed are not counted). */
export function refundableAmount(payment: Pick<Payment, "amount" | "amountRefunded">): bigint {
  return payment.amount - payment.amountRefunded;
}

export type RefundRefusal = "payment_not_refundable" | "refund_window_expired" | "amount_exceeds_refundable";

/**
 * Why `amount` cannot be refunded from `payment` at `at`, or null when it can. Checked in this order,
 * the same order as the API's errors: a payment that never succeeded, then the window, then the amount.
 */
export function refundRefusal(
  payment: Pick<Payment, "status" | "paidAt" | "amount" | "amountRefunded">,
  amount: bigint,
  at: Date,
): RefundRefusal | null {
  if (payment.status !== "SUCCEEDED" || !payment.paidAt) return "payment_not_refundable";
  if (at.getTime() > refundWindowEndsAt(payment.paidAt).getTime()) return "refund_window_expired";
  if (amount > refundableAmount(payment)) return "amount_exceeds_refundable";
  return null;
}

/** The same check as refundRefusal, thrown as the API's error (naming the field at fault). */
export function assertRefundable(
  payment: Pick<Payment, "status" | "paidAt" | "amount" | "amountRefunded">,
  amount: bigint,
  at: Date,
): void {
  const refusal = refundRefusal(payment, amount, at);
  if (refusal === "payment_not_refundable") {
    throw new AppError(
      "payment_not_refundable",
      "The payment has not succeeded; only paid payments can be refunded.",
      "orderId",
    );
  }
  if (refusal === "refund_window_expired") {
    throw new AppError(
      "refund_window_expired",
      "More than 90 days have passed since the payment succeeded; it can no longer be refunded.",
      "orderId",
    );
  }
  if (refusal === "amount_exceeds_refundable") {
    throw new AppError(
      "amount_exceeds_refundable",
      `At most ${refundableAmount(payment)} fen is left to refund.`,
      "amount",
    );
  }
}
