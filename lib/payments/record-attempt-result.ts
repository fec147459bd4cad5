import type { AttemptStatus, Payment, PaymentAttempt } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { lockPayment } from "./lock-payment";
import { markSucceeded } from "./mark-succeeded";

export type AttemptResultInput = {
  attemptId: string;
  outcome: "approved" | "declined";
  /** The bank's own transaction id; unique per bank. */
  bankTxnId?: string | null;
  /** The amount and currency the bank says it charged (or declined). */
  amount: bigint;
  currency?: string;
  /** For declines: insufficient_funds, wrong_password, card_unknown, abandoned … */
  declineReason?: string | null;
};

/**
 * What became of a bank's answer. Only `succeeded` and `declined` changed anything besides the attempt
 * row; `duplicate`, `conflicting`, `unmatched`, `amount_mismatch` and `unknown_attempt` are answers the
 * gateway did not act on (connectors record them with the bank message as its verdict).
 */
export type AttemptResultKind =
  | "succeeded"
  | "declined"
  | "duplicate"
  | "conflicting"
  | "unmatched"
  | "amount_mismatch"
  | "unknown_attempt";

export type AttemptResult = {
  result: AttemptResultKind;
  payment: Payment | null;
  attempt: PaymentAttempt | null;
};

function sameAnswer(attempt: PaymentAttempt, input: AttemptResultInput): boolean {
  const status = input.outcome === "approved" ? "APPROVED" : "DECLINED";
  const txnMatches = !input.bankTxnId || !attempt.bankTxnId || input.bankTxnId === attempt.bankTxnId;
  return (
    (attempt.status === status || (status === "APPROVED" && attempt.status === "UNMATCHED")) && txnMatches
  );
}

/**
 * Applies a bank's verified answer about an attempt, inside the caller's transaction, with the payment
 * row locked so that the bank's notification, the shopper's return and the background query (which can
 * all carry the same answer at the same moment) are applied once, in some order:
 * - the first answer for an attempt decides it; repeats change nothing (`duplicate`), contradictions
 *   are refused (`conflicting`);
 * - an answer for another amount or currency is refused and the attempt set aside (`amount_mismatch`);
 * - a decline leaves the payment pending, so the shopper can try again;
 * - an approval of a pending payment makes it succeed (markSucceeded: ledger and notification in the
 *   same transaction); an approval that arrives after the payment was paid, closed or expired changes
 *   nothing but the attempt (`unmatched`: the money must go back, operators see it).
 */
export async function recordAttemptResult(tx: Tx, input: AttemptResultInput): Promise<AttemptResult> {
  const payment = await lockPayment(tx, { attemptId: input.attemptId });
  if (!payment) return { result: "unknown_attempt", payment: null, attempt: null };
  // Attempts change only under their payment's lock: this read is current.
  const found = await readAttempt(tx, input.attemptId, input.bankTxnId ?? null);
  if (!found) return { result: "unknown_attempt", payment: null, attempt: null };
  const { txnOwnerId, ...attempt } = found;
  const done = (result: AttemptResultKind, a: PaymentAttempt = attempt, p: Payment = payment) => ({
    result,
    attempt: a,
    payment: p,
  });

  if (attempt.status !== "PENDING") return done(sameAnswer(attempt, input) ? "duplicate" : "conflicting");
  // One bank transaction pays one attempt: a txn id already used elsewhere is a replay or forgery.
  if (txnOwnerId) return done("conflicting");
  const at = now();
  const bankTxnId = input.bankTxnId ?? attempt.bankTxnId;
  if (input.amount !== attempt.amount || (input.currency ?? "CNY") !== attempt.currency) {
    const rejected = await decideAttempt(tx, attempt.id, {
      status: "REJECTED",
      declineReason: "amount_mismatch",
      bankTxnId,
      at,
    });
    return done("amount_mismatch", rejected);
  }
  if (input.outcome === "declined") {
    const declined = await decideAttempt(tx, attempt.id, {
      status: "DECLINED",
      declineReason: input.declineReason?.slice(0, 64) ?? "declined",
      bankTxnId,
      at,
    });
    return done("declined", declined);
  }
  if (payment.status !== "PENDING") {
    const unmatched = await decideAttempt(tx, attempt.id, { status: "UNMATCHED", bankTxnId, at });
    return done("unmatched", unmatched);
  }
  const succeeded = await markSucceeded(tx, payment, attempt, bankTxnId);
  return done("succeeded", succeeded.attempt, succeeded.payment);
}

type AttemptRow = PaymentAttempt & { txnOwnerId: string | null };

/**
 * The attempt, with the other attempt at its bank that already carries `bankTxnId` (if any): one
 * statement, on every bank answer's path.
 */
async function readAttempt(tx: Tx, attemptId: string, bankTxnId: string | null): Promise<AttemptRow | null> {
  const rows = await tx.$queryRaw<AttemptRow[]>`
    SELECT a.*,
           (SELECT o."id" FROM "payment_attempts" o
             WHERE o."bankCode" = a."bankCode" AND o."bankTxnId" = ${bankTxnId} AND o."id" <> a."id") AS "txnOwnerId"
      FROM "payment_attempts" a
     WHERE a."id" = ${attemptId}`;
  return rows[0] ?? null;
}

/** Decides a pending attempt other than by success (markSucceeded does that, with its payment). */
async function decideAttempt(
  tx: Tx,
  attemptId: string,
  decision: { status: AttemptStatus; declineReason?: string; bankTxnId: string | null; at: Date },
): Promise<PaymentAttempt> {
  const rows = await tx.$queryRaw<PaymentAttempt[]>`
    UPDATE "payment_attempts"
       SET "status" = ${decision.status}::"AttemptStatus",
           "declineReason" = COALESCE(${decision.declineReason ?? null}, "declineReason"),
           "bankTxnId" = ${decision.bankTxnId}, "decidedAt" = ${decision.at}, "nextQueryAt" = NULL,
           "updatedAt" = ${decision.at}
     WHERE "id" = ${attemptId}
    RETURNING *`;
  const attempt = rows[0];
  if (!attempt) throw new Error(`attempt ${attemptId} vanished under its payment's lock`);
  return attempt;
}

/** recordAttemptResult in a transaction of its own, for a connector with nothing else to write. */
export function completeAttempt(db: Db, input: AttemptResultInput): Promise<AttemptResult> {
  return db.$transaction((tx) => recordAttemptResult(tx, input));
}
