import Stripe from "stripe";

/**
 * What a failed Stripe call means for the money:
 * - `card`: the card or its issuer said no (a decline, or card details Stripe found wrong);
 * - `refused`: Stripe refused the request itself, so nothing happened (bad request, wrong key, rate
 *   limited): `unavailable` when it is our side or Stripe's load, `rejected` when the request can never work;
 * - `unknown`: the request may or may not have been carried out (timeout, connection lost, Stripe's
 *   5xx, a concurrent request with the same key): only a replay with the same idempotency key tells.
 */
export type StripeFailure =
  | { kind: "card"; code: string; declineCode: string | null; chargeId: string | null; param: string | null }
  | { kind: "refused"; cause: "unavailable" | "rejected"; code: string }
  | { kind: "unknown"; code: string };

const errors = Stripe.errors;

export function classifyStripeError(error: unknown): StripeFailure {
  if (!(error instanceof errors.StripeError)) return { kind: "unknown", code: "client_error" };
  const code = error.code || error.type;
  if (error instanceof errors.StripeCardError) {
    return {
      kind: "card",
      code: error.code || "card_declined",
      declineCode: error.decline_code || null,
      chargeId: error.charge ?? null,
      param: error.param ?? null,
    };
  }
  if (
    error instanceof errors.StripeAuthenticationError ||
    error instanceof errors.StripePermissionError ||
    error instanceof errors.StripeRateLimitError
  ) {
    return { kind: "refused", cause: "unavailable", code };
  }
  // A 409 is another request with the same key still running; 5xx may have been carried out.
  if (error instanceof errors.StripeInvalidRequestError && error.statusCode !== 409) {
    return { kind: "refused", cause: "rejected", code };
  }
  return { kind: "unknown", code };
}

/** What of a Stripe error may go on the payment's timeline: codes and ids, no request data. */
export function errorSummary(error: unknown): Record<string, string | number | null> {
  if (!(error instanceof errors.StripeError)) {
    return { type: "client_error", message: error instanceof Error ? error.name : "unknown" };
  }
  return {
    type: error.rawType ?? error.type,
    code: error.code ?? null,
    declineCode: error.decline_code || null,
    chargeId: error.charge ?? null,
    statusCode: error.statusCode ?? null,
    requestId: error.requestId ?? null,
    message: error.message.slice(0, 200),
  };
}
