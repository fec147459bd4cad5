import type { Db } from "@/lib/db";
import type { PaymentResult } from "@/lib/banks";
import { recordAttemptResult, recordBankMessage, type AttemptResultKind } from "@/lib/payments";

export type AppliedResult = {
  verdict: AttemptResultKind | "pending" | "not_found";
  paymentId: string | null;
};

/**
 * Applies a verified bank answer (notification, shopper return or query answer) to its attempt and
 * keeps the message on the payment's timeline, in one transaction. Repeats and late answers are
 * harmless: recordAttemptResult decides each attempt once.
 */
export async function applyPaymentResult(
  db: Db,
  result: PaymentResult,
  kind: "notification" | "return" | "query_answer",
): Promise<AppliedResult> {
  return db.$transaction(async (tx) => {
    const known = await tx.paymentAttempt.findUnique({
      where: { id: result.attemptId },
      select: { paymentId: true, amount: true },
    });
    let verdict: AppliedResult["verdict"] = result.status === "pending" ? "pending" : "not_found";
    let paymentId: string | null = null;
    if (result.status === "approved" || result.status === "declined") {
      const applied = await recordAttemptResult(tx, {
        attemptId: result.attemptId,
        outcome: result.status,
        bankTxnId: result.bankTxnId ?? null,
        // A decline may not repeat the amount; it then concerns the attempt's own.
        amount: result.amount ?? known?.amount ?? 0n,
        currency: result.status === "approved" ? result.currency : undefined,
        declineReason: result.status === "declined" ? result.declineReason : null,
      });
      verdict = applied.result;
      paymentId = applied.payment?.id ?? null;
    }
    await recordBankMessage(tx, {
      bankCode: result.bank,
      direction: "IN",
      kind,
      body: result.raw,
      verified: true,
      verdict,
      attemptId: known ? result.attemptId : null,
      paymentId: known?.paymentId ?? null,
    });
    return { verdict, paymentId: paymentId ?? known?.paymentId ?? null };
  });
}
