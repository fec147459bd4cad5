import type { PaymentAttempt, Refund } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isBankError } from "@/lib/banks";
import { refundCharge, retrieveRefund, stripeClient } from "@/lib/acquirers";
import { recordBankMessage } from "@/lib/payments";
import { bankRegistry } from "@/lib/bank-gateway/registry";
import { bankRefundNotifyUrl } from "@/lib/bank-gateway/urls";
import { applyRefundAnswer, type RefundAnswer, type RefundVerdict } from "./apply-refund-answer";
import { answerFromAcquirer, answerFromBank } from "./refund-answers";

type Exchange = { kind: "refund_request" | "refund_query"; answer: RefundAnswer; raw: string };

async function askBank(refund: Refund, attempt: PaymentAttempt, bankCode: string): Promise<Exchange> {
  const connector = bankRegistry().get(bankCode);
  if (!connector) throw new Error(`no connector for bank ${bankCode}`);
  if (refund.submittedAt) {
    const result = await connector.queryRefund(refund.id);
    return { kind: "refund_query", answer: answerFromBank(result), raw: result.raw };
  }
  // The gateway's refund id (rf_…) is the bank's idempotency key: resending never refunds twice.
  const result = await connector.requestRefund({
    refundId: refund.id,
    attemptId: attempt.id,
    bankTxnId: attempt.bankTxnId ?? undefined,
    amount: refund.amount,
    currency: refund.currency,
    notifyUrl: bankRefundNotifyUrl(bankCode),
  });
  return { kind: "refund_request", answer: answerFromBank(result), raw: result.raw };
}

async function askAcquirer(refund: Refund, attempt: PaymentAttempt): Promise<Exchange> {
  const stripe = stripeClient();
  if (refund.submittedAt && refund.bankRefundId) {
    const outcome = await retrieveRefund(stripe, refund.bankRefundId);
    return {
      kind: "refund_query",
      answer: answerFromAcquirer(outcome),
      raw: JSON.stringify(outcome.summary),
    };
  }
  if (!attempt.bankTxnId) throw new Error(`acquirer attempt ${attempt.id} has no charge id`);
  const outcome = await refundCharge(stripe, {
    chargeId: attempt.bankTxnId,
    amount: refund.amount,
    refundId: refund.id,
  });
  return {
    kind: "refund_request",
    answer: answerFromAcquirer(outcome),
    raw: JSON.stringify(outcome.summary),
  };
}

/**
 * Sends a processing refund to the bank (or acquirer) that took the payment, or asks it how the refund
 * stands once sent, and applies the answer. A bank that cannot be reached, or whose answer does not
 * verify, leaves the refund processing for the next try (claimDueRefunds has already scheduled it);
 * the exchange is kept on the payment's timeline either way.
 */
export async function processRefund(refundId: string): Promise<RefundVerdict | "error" | "skipped"> {
  const refund = await db.refund.findUnique({
    where: { id: refundId },
    include: { payment: { select: { paidAttemptId: true } } },
  });
  if (!refund || refund.status !== "PROCESSING" || !refund.bankCode || !refund.payment.paidAttemptId) {
    return "skipped";
  }
  const attempt = await db.paymentAttempt.findUniqueOrThrow({ where: { id: refund.payment.paidAttemptId } });
  const bankCode = refund.bankCode;
  const message = { bankCode, direction: "IN" as const, paymentId: refund.paymentId, attemptId: attempt.id };
  let exchange: Exchange;
  try {
    exchange =
      refund.route === "ACQUIRER"
        ? await askAcquirer(refund, attempt)
        : await askBank(refund, attempt, bankCode);
  } catch (error) {
    await recordBankMessage(db, {
      ...message,
      kind: refund.submittedAt ? "refund_query_answer" : "refund_answer",
      body: `refund ${refund.id}: ${error instanceof Error ? error.message : String(error)}`,
      verified: false,
      verdict: isBankError(error) ? error.code : "error",
    });
    return "error";
  }
  const verdict = await applyRefundAnswer(db, refund.id, exchange.answer);
  await recordBankMessage(db, {
    ...message,
    kind: exchange.kind === "refund_query" ? "refund_query_answer" : "refund_answer",
    body: exchange.raw,
    verified: true,
    verdict,
  });
  return verdict;
}
