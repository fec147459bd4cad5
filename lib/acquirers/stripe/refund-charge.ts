import type Stripe from "stripe";
import { fromStripeAmount, toStripeAmount } from "./amount";
import { classifyStripeError, errorSummary } from "./errors";
import type { Summary } from "./charge-outcome";

export type RefundRequest = {
  chargeId: string;
  amount: bigint;
  /** The gateway's refund id (rf_…): the idempotency key, so a retried refund returns money once. */
  refundId: string;
};

export type RefundOutcome =
  | { kind: "succeeded"; stripeRefundId: string; amount: bigint; summary: Summary }
  | { kind: "pending"; stripeRefundId: string | null; summary: Summary }
  | { kind: "failed"; stripeRefundId: string | null; reason: string; summary: Summary };

export const refundIdempotencyKey = (refundId: string): string => `paylane-refund-${refundId}`;

function outcomeOfRefund(refund: Stripe.Refund): RefundOutcome {
  const summary: Summary = {
    refundId: refund.id,
    chargeId: typeof refund.charge === "string" ? refund.charge : (refund.charge?.id ?? null),
    status: refund.status,
    amount: refund.amount,
    currency: refund.currency,
    failureReason: refund.failure_reason ?? null,
  };
  if (refund.status === "succeeded") {
    return { kind: "succeeded", stripeRefundId: refund.id, amount: fromStripeAmount(refund.amount), summary };
  }
  if (refund.status === "failed" || refund.status === "canceled") {
    return {
      kind: "failed",
      stripeRefundId: refund.id,
      reason: refund.failure_reason ?? refund.status,
      summary,
    };
  }
  return { kind: "pending", stripeRefundId: refund.id, summary };
}

/**
 * Returns (part of) a charge to the card (Refunds API), for the refunds module. `pending` covers a
 * refund Stripe is still processing, an answer that never arrived and a request Stripe could not take
 * just now: repeat the call with the same refundId, it never refunds twice. `failed` means Stripe
 * refused the refund for good (already refunded, amount too large …): nothing was refunded.
 */
export async function refundCharge(stripe: Stripe, request: RefundRequest): Promise<RefundOutcome> {
  try {
    const refund = await stripe.refunds.create(
      {
        charge: request.chargeId,
        amount: toStripeAmount(request.amount),
        metadata: { refundId: request.refundId },
      },
      { idempotencyKey: refundIdempotencyKey(request.refundId) },
    );
    return outcomeOfRefund(refund);
  } catch (error) {
    const failure = classifyStripeError(error);
    const summary: Summary = { error: errorSummary(error) };
    // Unknown, or refused for now (rate limit, credentials): the same refundId may be sent again.
    if (failure.kind === "unknown" || (failure.kind === "refused" && failure.cause === "unavailable")) {
      return { kind: "pending", stripeRefundId: null, summary };
    }
    return { kind: "failed", stripeRefundId: null, reason: failure.code, summary };
  }
}

/** A refund as Stripe has it now, by its id (re_…). */
export async function retrieveRefund(stripe: Stripe, stripeRefundId: string): Promise<RefundOutcome> {
  try {
    return outcomeOfRefund(await stripe.refunds.retrieve(stripeRefundId));
  } catch (error) {
    return { kind: "pending", stripeRefundId, summary: { error: errorSummary(error) } };
  }
}
