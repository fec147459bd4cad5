// A row's verdict: "ok", or why it will not be refunded. Preview verdicts come from the file and the
// database; the last three can also be given when the refund is finally asked for (the payment or the
// balance changed since the preview).

export const BATCH_VERDICTS = [
  "ok",
  "already_refunded",
  "order_id_missing",
  "order_id_invalid",
  "amount_missing",
  "amount_invalid",
  "amount_precision",
  "refund_id_invalid",
  "reason_too_long",
  "duplicate_row",
  "duplicate_refund_id",
  "unknown_order",
  "other_merchant",
  "not_succeeded",
  "window_expired",
  "amount_exceeds_refundable",
  "refund_id_conflict",
  "merchant_balance_insufficient",
] as const;

export type BatchVerdict = (typeof BATCH_VERDICTS)[number];

export function isBatchVerdict(value: string): value is BatchVerdict {
  return (BATCH_VERDICTS as readonly string[]).includes(value);
}
