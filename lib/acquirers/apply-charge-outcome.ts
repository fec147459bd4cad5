import type Stripe from "stripe";
import type { PaymentAttempt } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAttemptResult, recordBankMessage, type AttemptResultKind } from "@/lib/payments";
import { refundCharge, STRIPE_BANK_CODE, type ChargeOutcome } from "./stripe";

export type AppliedCharge = { verdict: AttemptResultKind | "pending"; paymentId: string };

type Attempt = Pick<PaymentAttempt, "id" | "paymentId" | "amount" | "currency">;

/**
 * Applies Stripe's answer to its attempt and keeps the answer (ids, statuses, brand, last four digits)
 * on the payment's timeline, in one transaction: an approval makes the payment succeed with its ledger
 * entry and merchant notification (markSucceeded), a decline leaves it pending, an unknown answer
 * leaves the attempt open. The first answer decides; repeats change nothing.
 */
export async function applyChargeOutcome(
  db: Db,
  stripe: Stripe,
  input: { attempt: Attempt; outcome: ChargeOutcome; kind: "charge_response" | "query_answer" },
): Promise<AppliedCharge> {
  const { attempt, outcome } = input;
  const verdict = await db.$transaction(async (tx): Promise<AppliedCharge["verdict"]> => {
    let result: AppliedCharge["verdict"] = "pending";
    if (outcome.kind !== "pending") {
      const applied = await recordAttemptResult(tx, {
        attemptId: attempt.id,
        outcome: outcome.kind,
        bankTxnId: outcome.chargeId,
        amount: outcome.kind === "approved" ? outcome.amount : attempt.amount,
        currency: outcome.kind === "approved" ? outcome.currency : attempt.currency,
        declineReason: outcome.kind === "declined" ? outcome.reason : null,
      });
      result = applied.result;
    }
    await recordBankMessage(tx, {
      bankCode: STRIPE_BANK_CODE,
      direction: "IN",
      kind: input.kind,
      body: JSON.stringify({ chargeId: outcome.chargeId, outcome: outcome.kind, ...outcome.summary }),
      verified: true,
      verdict: result,
      attemptId: attempt.id,
      paymentId: attempt.paymentId,
    });
    return result;
  });
  if (outcome.kind === "approved" && (verdict === "unmatched" || verdict === "amount_mismatch")) {
    await returnUnmatchedCharge(db, stripe, attempt, outcome.chargeId, outcome.amount);
  }
  return { verdict, paymentId: attempt.paymentId };
}

/**
 * A charge the gateway cannot book (the payment was paid another way, closed or expired meanwhile, or
 * the amount is wrong) goes straight back to the card: the shopper must not pay for nothing. Keyed by
 * the attempt, so applying the same answer again refunds nothing more.
 */
async function returnUnmatchedCharge(
  db: Db,
  stripe: Stripe,
  attempt: Attempt,
  chargeId: string,
  amount: bigint,
) {
  const refundId = `unmatched-${attempt.id}`;
  const refund = await refundCharge(stripe, { chargeId, amount, refundId });
  await recordBankMessage(db, {
    bankCode: STRIPE_BANK_CODE,
    direction: "IN",
    kind: "refund_answer",
    body: JSON.stringify({ refundId, outcome: refund.kind, ...refund.summary }),
    verified: true,
    verdict: `unmatched_refund_${refund.kind}`,
    attemptId: attempt.id,
    paymentId: attempt.paymentId,
  });
}
