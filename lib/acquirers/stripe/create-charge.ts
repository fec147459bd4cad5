import type Stripe from "stripe";
import { toStripeAmount, toStripeCurrency } from "./amount";
import { outcomeOfCharge, outcomeOfChargeError, type ChargeOutcome } from "./charge-outcome";

export type ChargeRequest = {
  attemptId: string;
  paymentId: string;
  amount: bigint;
  currency: string;
  /** The card token from tokenizeCard. */
  source: string;
};

/** One attempt, one key: a retried or replayed request for the attempt can only ever charge once. */
export const chargeIdempotencyKey = (attemptId: string): string => `paylane-charge-${attemptId}`;

/**
 * The charge's parameters, built only from the attempt: a replay days later sends exactly the same
 * body, which Stripe requires for the same idempotency key. No free text from merchants goes in.
 */
export function chargeParams(request: ChargeRequest): Stripe.ChargeCreateParams {
  return {
    amount: toStripeAmount(request.amount),
    currency: toStripeCurrency(request.currency),
    source: request.source,
    description: `Paylane payment ${request.paymentId}`,
    metadata: { paymentId: request.paymentId, attemptId: request.attemptId },
  };
}

/**
 * Charges the card for an attempt (Charges API) and says what came of it. Never throws for Stripe's
 * answers: a timeout or lost connection is `pending`, to be asked again with the same key.
 */
export async function createCharge(stripe: Stripe, request: ChargeRequest): Promise<ChargeOutcome> {
  try {
    const charge = await stripe.charges.create(chargeParams(request), {
      idempotencyKey: chargeIdempotencyKey(request.attemptId),
    });
    return outcomeOfCharge(charge, charge.lastResponse.headers["idempotent-replayed"] === "true");
  } catch (error) {
    return outcomeOfChargeError(error);
  }
}
