import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { lockPayment } from "@/lib/payments/lock-payment";
import { completeRefund, failRefund } from "./finish-refund";

/** What a bank or the acquirer said about a refund, in the gateway's terms. */
export type RefundAnswer =
  | { kind: "processing"; bankRefundId: string | null }
  | { kind: "succeeded"; bankRefundId: string | null; amount: bigint; completedAt: Date }
  | { kind: "failed"; bankRefundId: string | null; reason: string }
  // The bank has no such refund: the request never reached it, so it is sent again.
  | { kind: "not_found" };

export type RefundVerdict =
  "processing" | "succeeded" | "failed" | "not_found" | "duplicate" | "amount_mismatch" | "unknown_refund";

/**
 * Applies a verified answer about a refund, once: the payment and then the refund are locked, and only
 * a refund still processing changes, so repeated, late and out-of-order answers (a query answer racing
 * the bank's notification) are duplicates. Returns what the gateway made of the answer.
 */
export async function applyRefundAnswer(
  db: Db,
  refundRecordId: string,
  answer: RefundAnswer,
): Promise<RefundVerdict> {
  return db.$transaction(async (tx) => {
    const known = await tx.refund.findUnique({ where: { id: refundRecordId }, select: { paymentId: true } });
    if (!known) return "unknown_refund";
    const payment = await lockPayment(tx, { id: known.paymentId });
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundRecordId } });
    if (!payment) throw new Error(`refund ${refund.id} has no payment`);
    if (refund.status !== "PROCESSING") return "duplicate";
    const at = now();
    switch (answer.kind) {
      case "succeeded":
        if (answer.amount !== refund.amount) return "amount_mismatch";
        await completeRefund(tx, refund, payment, { completedAt: at, bankRefundId: answer.bankRefundId });
        return "succeeded";
      case "failed":
        await failRefund(tx, refund, payment, {
          completedAt: at,
          reason: answer.reason,
          bankRefundId: answer.bankRefundId,
        });
        return "failed";
      case "processing":
        await tx.refund.update({
          where: { id: refund.id },
          data: {
            bankRefundId: answer.bankRefundId ?? refund.bankRefundId,
            submittedAt: refund.submittedAt ?? at,
          },
        });
        return "processing";
      case "not_found":
        // Resend soon: a bank that lost (or never got) the request is asked again with the same id.
        await tx.refund.update({ where: { id: refund.id }, data: { submittedAt: null, nextQueryAt: at } });
        return "not_found";
    }
  });
}
