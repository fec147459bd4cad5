// Split settlement's limits. The API's schema, the docs and the use cases read them from here.

/** At most this many sub-merchants share one payment. */
export const MAX_SPLITS = 10;

/** A share of a payment's net amount for one sub-merchant, as the platform merchant asks for it. */
export type SplitInstruction = { merchantId: string; amount: bigint };

/**
 * The share of a split that refunds totalling `refundedTotal` take back: the same proportion of the
 * share as of the payment, rounded down. Computed from the running total (not refund by refund), so a
 * payment refunded in full reverses every share exactly, whatever the rounding of the parts.
 */
export function shareReversedAt(
  split: { amount: bigint },
  paymentAmount: bigint,
  refundedTotal: bigint,
): bigint {
  if (refundedTotal >= paymentAmount) return split.amount;
  return (refundedTotal * split.amount) / paymentAmount;
}
