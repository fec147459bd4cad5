import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { apiSchemas } from "./registry";

/** The error codes of the merchant API (spec), in the order the spec lists them. */
export const API_ERROR_CODES = [
  "invalid_request",
  "signature_invalid",
  "timestamp_out_of_range",
  "nonce_reused",
  "merchant_not_active",
  "not_found",
  "order_conflict",
  "payment_not_refundable",
  "refund_window_expired",
  "amount_exceeds_refundable",
  "merchant_balance_insufficient",
  "rate_limited",
  "internal_error",
] as const satisfies readonly ErrorCode[];

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ERROR_DESCRIPTIONS: Record<ApiErrorCode, string> = {
  invalid_request: "Malformed JSON, or a missing or invalid field (named in `field`).",
  signature_invalid: "Missing or wrong `Authorization`, unknown merchant or key, or a revoked key.",
  timestamp_out_of_range: "The signed timestamp is more than 300 s from the gateway's clock.",
  nonce_reused: "The nonce was already used by this merchant within the last 15 minutes.",
  merchant_not_active: "The merchant is not approved, or the product is not enabled.",
  not_found: "No such order or refund for this merchant.",
  order_conflict:
    "The orderId (or refundId) exists with different parameters, or the operation conflicts with its status.",
  payment_not_refundable: "The payment has not succeeded.",
  refund_window_expired: "More than 90 days have passed since the payment succeeded.",
  amount_exceeds_refundable: "The refund is larger than what is left to refund.",
  merchant_balance_insufficient: "The merchant's balances cannot cover the refund.",
  rate_limited: "More requests than the merchant's limit; `Retry-After` says when to try again.",
  internal_error: "The gateway failed; nothing was changed, retrying is safe.",
};

export function statusOf(code: ApiErrorCode): number {
  return ERROR_STATUS[code];
}

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).meta({ description: "Stable, machine-readable error code." }),
      message: z.string().meta({ description: "What went wrong, for a developer; may change." }),
      field: z
        .string()
        .optional()
        .meta({ description: "The input at fault, as a path (`amount`, `metadata.cart`), when one is." }),
    }),
  })
  .meta({
    examples: [
      { error: { code: "invalid_request", message: "amount must be an integer.", field: "amount" } },
    ],
  });

apiSchemas.add(errorResponseSchema, { id: "Error", description: "Every non-2xx answer has this body." });

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
