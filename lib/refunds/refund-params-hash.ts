import { createHash } from "node:crypto";

/**
 * A fingerprint of what was asked: the same refundId again is "the same request" exactly when these
 * match (the retry gets the original refund), anything else is a conflict. An absent reason counts as
 * absent, so a retry without one matches the first call without one.
 */
export function refundParamsHash(input: { orderId: string; amount: bigint; reason: string | null }): string {
  const canonical = JSON.stringify([input.orderId, input.amount.toString(), input.reason]);
  return createHash("sha256").update(canonical).digest("hex");
}
