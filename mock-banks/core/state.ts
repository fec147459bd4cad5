import { TEST_CARDS } from "./cards";
import type { BankEvent } from "./events";
import type { SettlementFault } from "./types";
import type { DeclineReason, PayoutFailReason } from "./types";

export interface PaymentRecord {
  attemptId: string;
  amount: bigint;
  currency: string;
  merchantName: string;
  subject: string;
  returnUrl: string;
  notifyUrl: string;
  expiresAt: Date;
  decision?: {
    status: "approved" | "declined";
    bankTxnId: string;
    declineReason?: DeclineReason;
    cardId?: string;
    cardLast4?: string;
    at: Date;
  };
}

export interface RefundRecord {
  refundId: string;
  attemptId: string;
  amount: bigint;
  bankRefundId: string;
  notifyUrl: string;
  completion?: { status: "succeeded" | "failed"; failReason?: string; at: Date };
}

export interface PayoutRecord {
  payoutId: string;
  accountLast4: string;
  cardId?: string;
  accountName: string;
  amount: bigint;
  bankPayoutId: string;
  notifyUrl: string;
  completion?: { status: "succeeded" | "failed"; failReason?: PayoutFailReason; at: Date };
}

export interface OutboxRecord {
  id: string;
  label: string;
  url: string;
  contentType: string;
  body: string;
  done: boolean;
}

/** The gateway's own account at this bank starts with a float so refunds and payouts can be paid. */
const SETTLEMENT_FLOAT = 10_000_000_000n; // ¥100,000,000.00

/**
 * The bank's books, rebuilt from the journal. `apply` is the only writer, so replaying the journal at
 * start gives exactly the state the bank had when it stopped.
 */
export class BankState {
  readonly payments = new Map<string, PaymentRecord>();
  readonly refunds = new Map<string, RefundRecord>();
  readonly payouts = new Map<string, PayoutRecord>();
  readonly outbox = new Map<string, OutboxRecord>();
  readonly balances = new Map<string, bigint>(TEST_CARDS.map((card) => [card.id, card.openingBalance]));
  /** Every reference number this bank has issued, so a new one is never a repeat. */
  readonly refs = new Set<string>();
  /** Mistakes to put in the settlement file of a day (test control), by YYYY-MM-DD. */
  readonly settlementFaults = new Map<string, SettlementFault[]>();
  settlementBalance = SETTLEMENT_FLOAT;

  apply(event: BankEvent): void {
    switch (event.t) {
      case "payment.opened":
        this.payments.set(event.attemptId, {
          attemptId: event.attemptId,
          amount: BigInt(event.amount),
          currency: event.currency,
          merchantName: event.merchantName,
          subject: event.subject,
          returnUrl: event.returnUrl,
          notifyUrl: event.notifyUrl,
          expiresAt: new Date(event.expiresAt),
        });
        return;
      case "payment.decided": {
        const payment = this.payments.get(event.attemptId);
        if (!payment) return;
        const { status, bankTxnId, declineReason, cardId, cardLast4 } = event;
        payment.decision = { status, bankTxnId, declineReason, cardId, cardLast4, at: new Date(event.at) };
        this.refs.add(bankTxnId);
        if (status === "approved" && cardId) {
          this.move(cardId, -payment.amount);
          this.settlementBalance += payment.amount;
        }
        return;
      }
      case "refund.accepted":
        this.refunds.set(event.refundId, { ...event, amount: BigInt(event.amount) });
        this.refs.add(event.bankRefundId);
        return;
      case "refund.completed": {
        const refund = this.refunds.get(event.refundId);
        if (!refund) return;
        refund.completion = { status: event.status, failReason: event.failReason, at: new Date(event.at) };
        const cardId = this.payments.get(refund.attemptId)?.decision?.cardId;
        if (event.status === "succeeded" && cardId) {
          this.move(cardId, refund.amount);
          this.settlementBalance -= refund.amount;
        }
        return;
      }
      case "payout.accepted":
        this.payouts.set(event.payoutId, { ...event, amount: BigInt(event.amount) });
        this.refs.add(event.bankPayoutId);
        return;
      case "payout.completed": {
        const payout = this.payouts.get(event.payoutId);
        if (!payout) return;
        payout.completion = { status: event.status, failReason: event.failReason, at: new Date(event.at) };
        if (event.status === "succeeded" && payout.cardId) {
          this.move(payout.cardId, payout.amount);
          this.settlementBalance -= payout.amount;
        }
        return;
      }
      case "outbox.queued":
        this.outbox.set(event.id, { ...event, done: false });
        return;
      case "settlement.faults":
        if (event.faults.length === 0) this.settlementFaults.delete(event.date);
        else this.settlementFaults.set(event.date, event.faults);
        return;
      case "outbox.done": {
        const entry = this.outbox.get(event.id);
        if (entry) entry.done = true;
        return;
      }
    }
  }

  /** What is left to refund on a payment: paid minus refunds that have not failed. */
  refundable(attemptId: string): bigint {
    const payment = this.payments.get(attemptId);
    if (payment?.decision?.status !== "approved") return 0n;
    let left = payment.amount;
    for (const refund of this.refunds.values()) {
      if (refund.attemptId === attemptId && refund.completion?.status !== "failed") left -= refund.amount;
    }
    return left;
  }

  private move(cardId: string, delta: bigint): void {
    this.balances.set(cardId, (this.balances.get(cardId) ?? 0n) + delta);
  }
}
