import type Stripe from "stripe";
import { outcomeOfCharge, outcomeOfChargeError, type ChargeOutcome } from "./charge-outcome";

/**
 * The status query: a charge as Stripe has it now, by its id. A refused or failed query decides
 * nothing about the charge, so it is `pending` whatever the error.
 */
export async function retrieveCharge(stripe: Stripe, chargeId: string): Promise<ChargeOutcome> {
  try {
    return outcomeOfCharge(await stripe.charges.retrieve(chargeId));
  } catch (error) {
    const outcome = outcomeOfChargeError(error);
    return { kind: "pending", chargeId, summary: outcome.summary };
  }
}
