import type { AttemptResultKind } from "@/lib/payments";
import type { CardField, CardFieldError } from "./card-input";
import type { ChargeOutcome, DeclineCategory, TokenizeResult } from "./stripe";

/** Message keys (checkout.errors.*) for what the shopper is told after a foreign-card try. */
export type ForeignCardError =
  | "not_payable"
  | "too_many_attempts"
  | "foreign_declined"
  | "foreign_insufficient_funds"
  | "foreign_expired_card"
  | "foreign_processing_error"
  | "foreign_rejected"
  | "foreign_unavailable"
  | "foreign_pending";

export type ForeignCardResult =
  | { status: "paid"; returnUrl: string }
  | { status: "invalid"; field: CardField; reason: CardFieldError | "card_cvc_incorrect" }
  | { status: "error"; reason: ForeignCardError; retryAfterSeconds?: number };

const TOKEN_FIELD_ERRORS: Record<string, CardFieldError> = {
  incorrect_number: "card_number_invalid",
  invalid_number: "card_number_invalid",
  invalid_expiry_month: "card_expiry_month_invalid",
  invalid_expiry_year: "card_expiry_year_invalid",
  expired_card: "card_expired",
  invalid_cvc: "card_cvc_invalid",
};

/** Stripe refused the card details or the card before any charge: the form shows why. */
export function tokenProblem(failure: Exclude<TokenizeResult, { ok: true }>): ForeignCardResult {
  if (failure.problem === "invalid") {
    return {
      status: "invalid",
      field: failure.field,
      reason: TOKEN_FIELD_ERRORS[failure.code] ?? "card_number_invalid",
    };
  }
  return {
    status: "error",
    reason: failure.problem === "declined" ? "foreign_declined" : "foreign_unavailable",
  };
}

const DECLINE_ERRORS: Record<DeclineCategory, ForeignCardError> = {
  insufficient_funds: "foreign_insufficient_funds",
  incorrect_cvc: "foreign_declined", // shown on the CVC field instead, below
  expired_card: "foreign_expired_card",
  processing_error: "foreign_processing_error",
  card_declined: "foreign_declined",
  acquirer_rejected: "foreign_rejected",
  acquirer_unavailable: "foreign_unavailable",
};

/**
 * What the shopper sees after the charge: the merchant's page, or why not and what to do. A charge the
 * gateway could not book (the payment was settled otherwise meanwhile) has been refunded: not payable.
 */
export function shopperAnswer(
  verdict: AttemptResultKind | "pending",
  outcome: ChargeOutcome,
  returnUrl: string,
): ForeignCardResult {
  if (verdict === "succeeded") return { status: "paid", returnUrl };
  if (verdict === "pending") return { status: "error", reason: "foreign_pending" };
  const declinedNow = verdict === "declined" || verdict === "duplicate" || verdict === "conflicting";
  if (!declinedNow || outcome.kind !== "declined") return { status: "error", reason: "not_payable" };
  if (outcome.category === "incorrect_cvc") {
    return { status: "invalid", field: "cvc", reason: "card_cvc_incorrect" };
  }
  return { status: "error", reason: DECLINE_ERRORS[outcome.category] };
}
