import { createHash } from "node:crypto";
import type { CreatePaymentInput } from "./create-payment-input";

/**
 * A fingerprint of what the merchant asked for. Two creates with the same orderId are "the same
 * request" exactly when these match: the retry gets the original payment, anything else a conflict.
 * Absent optional fields count as absent (a retry without expiresAt matches the first call without it,
 * whatever default the gateway then chose); metadata compares as a set of entries.
 */
export function paramsHash(input: CreatePaymentInput): string {
  const fields: unknown[] = [
    input.orderId,
    input.amount.toString(),
    input.currency,
    input.subject,
    input.notifyUrl,
    input.returnUrl,
    input.payerEmail,
    input.expiresAt ? input.expiresAt.toISOString() : null,
    Object.entries(input.metadata).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ];
  // Only split payments carry the field, so the fingerprints of every other payment stay as they were.
  if (input.splits?.length) {
    fields.push(
      input.splits
        .map((split) => [split.merchantId, split.amount.toString()])
        .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)),
    );
  }
  const canonical = JSON.stringify(fields);
  return createHash("sha256").update(canonical).digest("hex");
}
