import type { BankCore } from "./core";
import { formatYuan } from "./money";
import type { RefundRecord } from "./state";
import type { RefundRequest, RefundView } from "./types";

/** Refunds back to the card that paid: accepted at once, settled a moment later, then notified. */
export class RefundDesk {
  constructor(private readonly core: BankCore) {}

  view(refundId: string): RefundView {
    const refund = this.core.state.refunds.get(refundId);
    return refund ? this.recordView(refund) : { refundId, status: "not_found" };
  }

  request(request: RefundRequest): RefundView {
    const { refundId } = request;
    const existing = this.core.state.refunds.get(refundId);
    if (existing) {
      // Idempotent on the refund id: the same request again is answered with the refund as it stands.
      const same = existing.attemptId === request.attemptId && existing.amount === request.amount;
      return same ? this.recordView(existing) : { refundId, status: "rejected", rejectReason: "conflict" };
    }
    if (request.amount <= 0n || request.currency !== "CNY") {
      return { refundId, status: "rejected", rejectReason: "invalid" };
    }
    const decision = this.core.state.payments.get(request.attemptId)?.decision;
    if (!decision || (request.bankTxnId && request.bankTxnId !== decision.bankTxnId)) {
      return { refundId, status: "rejected", rejectReason: "payment_not_found" };
    }
    if (decision.status !== "approved")
      return { refundId, status: "rejected", rejectReason: "payment_not_approved" };
    if (request.amount > this.core.state.refundable(request.attemptId)) {
      return { refundId, status: "rejected", rejectReason: "exceeds_refundable" };
    }
    this.core.record({
      t: "refund.accepted",
      at: new Date().toISOString(),
      refundId,
      attemptId: request.attemptId,
      amount: request.amount.toString(),
      bankRefundId: this.core.newRef(),
      notifyUrl: request.notifyUrl,
    });
    this.core.log(`refund ${refundId} of ${request.attemptId} ${formatYuan(request.amount)}: accepted`);
    this.core.scheduler.later(this.core.asyncDelayMs, () => this.complete(refundId));
    return this.view(refundId);
  }

  /** Finishes refunds that were accepted but not settled when the bank last stopped. */
  resume(): void {
    for (const refund of this.core.state.refunds.values()) {
      if (!refund.completion)
        this.core.scheduler.later(this.core.asyncDelayMs, () => this.complete(refund.refundId));
    }
  }

  private complete(refundId: string): void {
    const refund = this.core.state.refunds.get(refundId);
    if (!refund || refund.completion) return;
    const covered = this.core.state.settlementBalance >= refund.amount;
    this.core.record({
      t: "refund.completed",
      at: new Date().toISOString(),
      refundId,
      status: covered ? "succeeded" : "failed",
      ...(covered ? {} : { failReason: "insufficient_funds" }),
    });
    this.core.log(`refund ${refundId}: ${covered ? "succeeded" : "failed"}`);
    this.core.notifier.refund(this.view(refundId), refund.notifyUrl);
  }

  private recordView(refund: RefundRecord): RefundView {
    const completion = refund.completion;
    return {
      refundId: refund.refundId,
      status: completion?.status ?? "processing",
      attemptId: refund.attemptId,
      amount: refund.amount,
      currency: "CNY",
      bankRefundId: refund.bankRefundId,
      ...(completion?.failReason
        ? { failReason: completion.failReason === "insufficient_funds" ? "insufficient_funds" : "other" }
        : {}),
      ...(completion ? { completedAt: completion.at } : {}),
    };
  }
}
