import type Stripe from "stripe";
import type { CardDetails } from "../card-details";
import type { CardField } from "../card-input";
import { classifyStripeError } from "./errors";

export type CardToken = {
  id: string;
  brand: string;
  last4: string;
  funding: string | null;
  country: string | null;
};

export type TokenizeResult =
  | { ok: true; token: CardToken }
  | { ok: false; problem: "invalid"; field: CardField; code: string }
  | { ok: false; problem: "declined"; code: string }
  | { ok: false; problem: "unavailable"; code: string };

// Stripe's card-data error codes, by the form field the shopper should fix.
const FIELD_OF_CODE: Record<string, CardField> = {
  incorrect_number: "number",
  invalid_number: "number",
  invalid_expiry_month: "expMonth",
  invalid_expiry_year: "expYear",
  expired_card: "expYear",
  invalid_cvc: "cvc",
};

/**
 * Hands the typed card to Stripe (Tokens API) and keeps only what comes back: a single-use token id,
 * brand and last four digits. No money moves here, so a failure needs no attempt: Stripe's field
 * errors go back to the form, declines and outages to the shopper. The card itself is not kept.
 */
export async function tokenizeCard(stripe: Stripe, card: CardDetails): Promise<TokenizeResult> {
  const raw = card.revealToAcquirer();
  try {
    const token = await stripe.tokens.create({
      card: {
        number: raw.number,
        exp_month: String(raw.expMonth),
        exp_year: String(raw.expYear),
        cvc: raw.cvc,
        name: raw.name,
      },
    });
    if (!token.card) return { ok: false, problem: "unavailable", code: "no_card_in_token" };
    return {
      ok: true,
      token: {
        id: token.id,
        brand: token.card.brand,
        last4: token.card.last4,
        funding: token.card.funding ?? null,
        country: token.card.country ?? null,
      },
    };
  } catch (error) {
    const failure = classifyStripeError(error);
    if (failure.kind === "card") {
      const field = FIELD_OF_CODE[failure.code];
      if (field) return { ok: false, problem: "invalid", field, code: failure.code };
      return { ok: false, problem: "declined", code: failure.declineCode ?? failure.code };
    }
    return { ok: false, problem: "unavailable", code: failure.code };
  }
}
