import type Stripe from "stripe";
import { classifyStripeError, errorSummary } from "./errors";
import { fromStripeAmount, fromStripeCurrency } from "./amount";

/** How a decline is explained to the shopper (checkout.errors.foreign_*). */
export type DeclineCategory =
  | "insufficient_funds"
  | "incorrect_cvc"
  | "expired_card"
  | "processing_error"
  | "card_declined"
  | "acquirer_rejected"
  | "acquirer_unavailable";

/** Plain JSON for the payment's timeline (bank_messages): ids, statuses, brand and last four digits. */
export type Summary = { [key: string]: string | number | boolean | null | Summary };

/**
 * A charge's result in the gateway's terms. `pending` means not known yet: the attempt stays open and
 * is asked about again with the same idempotency key (or by charge id once Stripe gave one).
 */
export type ChargeOutcome =
  | { kind: "approved"; chargeId: string; amount: bigint; currency: string; summary: Summary }
  | { kind: "declined"; chargeId: string | null; reason: string; category: DeclineCategory; summary: Summary }
  | { kind: "pending"; chargeId: string | null; summary: Summary };

export function declineCategory(reason: string): DeclineCategory {
  switch (reason) {
    case "insufficient_funds":
    case "incorrect_cvc":
    case "expired_card":
    case "processing_error":
      return reason;
    case "invalid_cvc":
      return "incorrect_cvc";
    default:
      // Lost, stolen, fraudulent, do_not_honor …: the shopper hears only that the card was declined.
      return "card_declined";
  }
}

export function chargeSummary(charge: Stripe.Charge, replayed: boolean): Summary {
  const card = charge.payment_method_details?.card;
  return {
    chargeId: charge.id,
    status: charge.status,
    paid: charge.paid,
    captured: charge.captured,
    amount: charge.amount,
    currency: charge.currency,
    failureCode: charge.failure_code,
    outcome: {
      type: charge.outcome?.type ?? null,
      networkStatus: charge.outcome?.network_status ?? null,
      reason: charge.outcome?.reason ?? null,
      riskLevel: charge.outcome?.risk_level ?? null,
    },
    card: {
      brand: card?.brand ?? null,
      last4: card?.last4 ?? null,
      funding: card?.funding ?? null,
      country: card?.country ?? null,
    },
    replayed,
  };
}

/** A charge object (from create, a replay or a retrieve) as an outcome. */
export function outcomeOfCharge(charge: Stripe.Charge, replayed = false): ChargeOutcome {
  const summary = chargeSummary(charge, replayed);
  if (charge.status === "succeeded" && charge.paid && charge.captured) {
    return {
      kind: "approved",
      chargeId: charge.id,
      amount: fromStripeAmount(charge.amount),
      currency: fromStripeCurrency(charge.currency),
      summary,
    };
  }
  if (charge.status === "failed") {
    const reason = charge.failure_code ?? "card_declined";
    return { kind: "declined", chargeId: charge.id, reason, category: declineCategory(reason), summary };
  }
  return { kind: "pending", chargeId: charge.id, summary };
}

/** A failed charge request as an outcome: a decline, a refusal (nothing charged) or not known yet. */
export function outcomeOfChargeError(error: unknown): ChargeOutcome {
  const failure = classifyStripeError(error);
  const summary: Summary = { error: errorSummary(error) };
  if (failure.kind === "card") {
    const reason = failure.declineCode ?? failure.code;
    return {
      kind: "declined",
      chargeId: failure.chargeId,
      reason,
      category: declineCategory(reason),
      summary,
    };
  }
  if (failure.kind === "refused") {
    const category = failure.cause === "rejected" ? "acquirer_rejected" : "acquirer_unavailable";
    return { kind: "declined", chargeId: null, reason: failure.code, category, summary };
  }
  return { kind: "pending", chargeId: null, summary };
}
