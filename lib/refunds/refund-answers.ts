import type { RefundResult } from "@/lib/banks";
import type { RefundOutcome } from "@/lib/acquirers/stripe";
import type { RefundAnswer } from "./apply-refund-answer";

/** A bank connector's refund result in the gateway's terms. */
export function answerFromBank(result: RefundResult): RefundAnswer {
  switch (result.status) {
    case "processing":
      return { kind: "processing", bankRefundId: result.bankRefundId };
    case "succeeded":
      return {
        kind: "succeeded",
        bankRefundId: result.bankRefundId,
        amount: result.amount,
        completedAt: result.completedAt,
      };
    case "failed":
      return { kind: "failed", bankRefundId: result.bankRefundId, reason: result.failReason };
    case "rejected":
      return { kind: "failed", bankRefundId: null, reason: `rejected by the bank: ${result.rejectReason}` };
    case "not_found":
      return { kind: "not_found" };
  }
}

/** The acquirer's refund outcome in the gateway's terms. */
export function answerFromAcquirer(outcome: RefundOutcome): RefundAnswer {
  switch (outcome.kind) {
    case "succeeded":
      return {
        kind: "succeeded",
        bankRefundId: outcome.stripeRefundId,
        amount: outcome.amount,
        completedAt: new Date(),
      };
    case "failed":
      return { kind: "failed", bankRefundId: outcome.stripeRefundId, reason: outcome.reason };
    case "pending":
      // Without a Stripe refund id the request may not have arrived: send it again (same idempotency key).
      return outcome.stripeRefundId
        ? { kind: "processing", bankRefundId: outcome.stripeRefundId }
        : { kind: "not_found" };
  }
}
