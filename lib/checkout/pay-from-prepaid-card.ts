import type { Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { authenticatePrepaidCard } from "@/lib/prepaid/authenticate-card";
import { payWithPrepaidCard } from "@/lib/payments";

export type PrepaidCheckoutError =
  "prepaid_invalid" | "prepaid_insufficient" | "too_many_attempts" | "not_payable";

export type PrepaidCheckoutResult =
  | { status: "paid"; returnUrl: string }
  | { status: "error"; reason: PrepaidCheckoutError; retryAfterSeconds?: number };

/** The checkout's prepaid-card payment: number and PIN (throttled), then the card's balance pays. */
export async function payFromPrepaidCard(
  db: Db,
  input: { checkoutToken: string; number: string; pin: string; client: string },
): Promise<PrepaidCheckoutResult> {
  const card = await authenticatePrepaidCard(db, {
    number: input.number,
    pin: input.pin,
    client: input.client,
  });
  if (!card.ok) {
    if (card.reason === "too_many_attempts") {
      return { status: "error", reason: "too_many_attempts", retryAfterSeconds: card.retryAfterSeconds };
    }
    return { status: "error", reason: "prepaid_invalid" };
  }
  try {
    const paid = await payWithPrepaidCard(db, {
      payment: { checkoutToken: input.checkoutToken },
      cardId: card.cardId,
    });
    if (paid.status === "declined") return { status: "error", reason: "prepaid_insufficient" };
    return { status: "paid", returnUrl: paid.payment.returnUrl };
  } catch (error) {
    if (isAppError(error)) return { status: "error", reason: "not_payable" };
    throw error;
  }
}
