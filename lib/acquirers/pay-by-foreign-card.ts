import type Stripe from "stripe";
import type { Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { checkLoginAllowed, recordLoginFailure, recordLoginSuccess } from "@/lib/auth/login-throttle";
import { getCheckout } from "@/lib/payments";
import type { CardDetails } from "./card-details";
import { createCharge, stripeClient, tokenizeCard } from "./stripe";
import { openForeignCardAttempt } from "./open-foreign-card-attempt";
import { applyChargeOutcome } from "./apply-charge-outcome";
import { pendingForeignCardAttempt } from "./foreign-card-attempts";
import { queryForeignCardAttempt } from "./query-foreign-card-attempt";
import { shopperAnswer, tokenProblem, type ForeignCardResult } from "./foreign-card-result";

export type { ForeignCardResult };
export type PayByForeignCardInput = {
  checkoutToken: string;
  card: CardDetails;
  /** The shopper's client (IP), for the card-testing throttle. */
  client: string;
};

// Card testers try stolen numbers on open checkouts: declines are throttled per payment and client
// (5 in 15 minutes) and per client, by the same counters as sign-ins.
const throttleKey = (paymentId: string) => `foreign-card:${paymentId}`;

/**
 * The checkout's foreign-card payment: the card goes to Stripe for a token (never stored), an attempt
 * is opened (method bank card, bank "stripe"), the card is charged with the attempt's idempotency key,
 * and the answer is applied in its own transaction. A decline leaves the payment pending; an answer
 * that does not come leaves the attempt pending, and it is settled by replaying the same request
 * (here on the shopper's next try, or by the background query), so the card is never charged twice.
 */
export async function payByForeignCard(
  db: Db,
  input: PayByForeignCardInput,
  stripe: Stripe = stripeClient(),
): Promise<ForeignCardResult> {
  const checkout = await getCheckout(db, input.checkoutToken);
  if (!checkout || checkout.state !== "payable") return { status: "error", reason: "not_payable" };
  const key = throttleKey(checkout.paymentId);
  const allowed = await checkLoginAllowed(db, key, input.client);
  if (!allowed.allowed) {
    return { status: "error", reason: "too_many_attempts", retryAfterSeconds: allowed.retryAfterSeconds };
  }

  const earlier = await pendingForeignCardAttempt(db, checkout.paymentId);
  if (earlier) {
    const { result } = await queryForeignCardAttempt(db, earlier.id, stripe);
    if (result === "succeeded") return { status: "paid", returnUrl: checkout.returnUrl };
    if (result === "pending") return { status: "error", reason: "foreign_pending" };
  }

  const tokenized = await tokenizeCard(stripe, input.card);
  if (!tokenized.ok) {
    if (tokenized.problem !== "unavailable") await recordLoginFailure(db, key, input.client);
    return tokenProblem(tokenized);
  }

  let opened;
  try {
    opened = await openForeignCardAttempt(db, input.checkoutToken, tokenized.token);
  } catch (error) {
    if (isAppError(error)) return { status: "error", reason: "not_payable" };
    throw error;
  }
  const { payment, attempt } = opened;
  const outcome = await createCharge(stripe, {
    attemptId: attempt.id,
    paymentId: payment.id,
    amount: attempt.amount,
    currency: attempt.currency,
    source: tokenized.token.id,
  });
  const applied = await applyChargeOutcome(db, stripe, { attempt, outcome, kind: "charge_response" });
  if (applied.verdict === "succeeded") await recordLoginSuccess(db, key, input.client);
  if (outcome.kind === "declined" && !outcome.category.startsWith("acquirer_")) {
    await recordLoginFailure(db, key, input.client);
  }
  if (applied.verdict === "duplicate" || applied.verdict === "conflicting") {
    // Another path (the background query) decided this attempt first: the payment says how it went.
    const current = await getCheckout(db, input.checkoutToken);
    if (current?.state === "succeeded") return { status: "paid", returnUrl: payment.returnUrl };
  }
  return shopperAnswer(applied.verdict, outcome, payment.returnUrl);
}
