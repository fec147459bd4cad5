import type Stripe from "stripe";
import type { Db } from "@/lib/db";
import { createCharge, retrieveCharge, stripeClient, type ChargeOutcome } from "./stripe";
import { applyChargeOutcome, type AppliedCharge } from "./apply-charge-outcome";
import { chargeTrail, findForeignCardAttempt } from "./foreign-card-attempts";

export type ForeignCardQueryResult = AppliedCharge["verdict"] | "decided" | "not_found";

/** A replay's refusal concerns the replay, not the original request: it decides nothing. */
function decisive(outcome: ChargeOutcome): ChargeOutcome {
  if (outcome.kind === "declined" && outcome.category.startsWith("acquirer_")) {
    return { kind: "pending", chargeId: outcome.chargeId, summary: outcome.summary };
  }
  return outcome;
}

/**
 * Finds out what became of a foreign-card attempt whose charge went unanswered (timeout, lost
 * connection, a crash between the request and its answer), for the background query and for the
 * shopper's next try. With a charge id, Stripe is asked for the charge; without one, the original
 * request is replayed with its idempotency key: Stripe answers with the first result if the request had
 * arrived, and carries it out now if it never had, so the card is charged once either way.
 */
export async function queryForeignCardAttempt(
  db: Db,
  attemptId: string,
  stripe: Stripe = stripeClient(),
): Promise<{ result: ForeignCardQueryResult; paymentId: string | null }> {
  const attempt = await findForeignCardAttempt(db, attemptId);
  if (!attempt) return { result: "not_found", paymentId: null };
  if (attempt.status !== "PENDING") return { result: "decided", paymentId: attempt.paymentId };
  const trail = await chargeTrail(db, attempt.id);
  let outcome: ChargeOutcome;
  if (trail.chargeId) {
    outcome = await retrieveCharge(stripe, trail.chargeId);
  } else if (trail.source) {
    outcome = decisive(
      await createCharge(stripe, {
        attemptId: attempt.id,
        paymentId: attempt.paymentId,
        amount: attempt.amount,
        currency: attempt.currency,
        source: trail.source,
      }),
    );
  } else {
    // The request is written with the attempt, in one transaction, before it is sent: without it the
    // attempt never reached Stripe, and closing it lets the shopper try again.
    outcome = {
      kind: "declined",
      chargeId: null,
      reason: "not_sent",
      category: "acquirer_unavailable",
      summary: { note: "no charge request recorded" },
    };
  }
  const applied = await applyChargeOutcome(db, stripe, { attempt, outcome, kind: "query_answer" });
  return { result: applied.verdict, paymentId: attempt.paymentId };
}
