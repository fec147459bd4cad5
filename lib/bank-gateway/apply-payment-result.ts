import type { PaymentStatus } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { PaymentResult } from "@/lib/banks";
import { recordAttemptResult, recordBankMessage, type AttemptResultKind } from "@/lib/payments";

/** Where the payment stands once the answer is applied: what the shopper's return needs. */
export type AppliedPayment = {
  id: string;
  status: PaymentStatus;
  returnUrl: string;
  checkoutToken: string;
  topUpUserId: string | null;
};

export type AppliedResult = {
  verdict: AttemptResultKind | "pending" | "not_found";
  paymentId: string | null;
  payment: AppliedPayment | null;
};

type KnownAttempt = {
  paymentId: string;
  amount: bigint;
  status: string;
  bankTxnId: string | null;
  paymentStatus: PaymentStatus;
  paymentReturnUrl: string;
  paymentCheckoutToken: string;
  paymentTopUpUserId: string | null;
};

/** The attempt and its payment as committed now (no lock): one statement. */
async function knownAttempt(db: Db, attemptId: string): Promise<KnownAttempt | null> {
  const rows = await db.$queryRaw<KnownAttempt[]>`
    SELECT a."paymentId", a."amount", a."status"::text AS "status", a."bankTxnId",
           p."status"::text AS "paymentStatus", p."returnUrl" AS "paymentReturnUrl",
           p."checkoutToken" AS "paymentCheckoutToken", p."topUpUserId" AS "paymentTopUpUserId"
      FROM "payment_attempts" a JOIN "payments" p ON p."id" = a."paymentId"
     WHERE a."id" = ${attemptId}`;
  return rows[0] ?? null;
}

function paymentOf(known: KnownAttempt): AppliedPayment {
  return {
    id: known.paymentId,
    status: known.paymentStatus,
    returnUrl: known.paymentReturnUrl,
    checkoutToken: known.paymentCheckoutToken,
    topUpUserId: known.paymentTopUpUserId,
  };
}

/**
 * The answer this attempt was already decided with, given again (the bank's notification and the
 * shopper's return carry the same result; one of them always comes second). An attempt is decided
 * once and never changes afterwards, so a committed decision read without a lock is final, and the
 * repeat needs no transaction. Anything else (a first answer, a contradiction) is left to
 * recordAttemptResult under the payment's lock.
 */
function isRepeatOfDecision(known: KnownAttempt, result: PaymentResult): boolean {
  if (result.status === "approved")
    return known.status === "APPROVED" && known.bankTxnId === result.bankTxnId;
  if (result.status === "declined") {
    return (
      known.status === "DECLINED" &&
      (result.bankTxnId === undefined || known.bankTxnId === result.bankTxnId) &&
      (result.amount === undefined || result.amount === known.amount)
    );
  }
  return false;
}

/**
 * Applies a verified bank answer (notification, shopper return or query answer) to its attempt and
 * keeps the message on the payment's timeline, in one transaction. Repeats and late answers are
 * harmless: recordAttemptResult decides each attempt once, and an exact repeat of the decision is
 * recorded as a duplicate without taking the payment's lock.
 */
export async function applyPaymentResult(
  db: Db,
  result: PaymentResult,
  kind: "notification" | "return" | "query_answer",
): Promise<AppliedResult> {
  const known = await knownAttempt(db, result.attemptId);
  const message = (verdict: AppliedResult["verdict"]) => ({
    bankCode: result.bank,
    direction: "IN" as const,
    kind,
    body: result.raw,
    verified: true,
    verdict,
    attemptId: known ? result.attemptId : null,
    paymentId: known?.paymentId ?? null,
  });
  if (known && isRepeatOfDecision(known, result)) {
    await recordBankMessage(db, message("duplicate"));
    return { verdict: "duplicate", paymentId: known.paymentId, payment: paymentOf(known) };
  }
  return db.$transaction(async (tx) => {
    if (result.status !== "approved" && result.status !== "declined") {
      const verdict = result.status === "pending" ? "pending" : "not_found";
      await recordBankMessage(tx, message(verdict));
      return { verdict, paymentId: known?.paymentId ?? null, payment: known ? paymentOf(known) : null };
    }
    const applied = await recordAttemptResult(tx, {
      attemptId: result.attemptId,
      outcome: result.status,
      bankTxnId: result.bankTxnId ?? null,
      // A decline may not repeat the amount; it then concerns the attempt's own.
      amount: result.amount ?? known?.amount ?? 0n,
      currency: result.status === "approved" ? result.currency : undefined,
      declineReason: result.status === "declined" ? result.declineReason : null,
    });
    await recordBankMessage(tx, message(applied.result));
    const payment = applied.payment;
    return {
      verdict: applied.result,
      paymentId: payment?.id ?? known?.paymentId ?? null,
      payment: payment
        ? {
            id: payment.id,
            status: payment.status,
            returnUrl: payment.returnUrl,
            checkoutToken: payment.checkoutToken,
            topUpUserId: payment.topUpUserId,
          }
        : known
          ? paymentOf(known)
          : null,
    };
  });
}
