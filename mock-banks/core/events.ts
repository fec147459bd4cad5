import type { SettlementFault } from "./types";
import type { DeclineReason, PayoutFailReason } from "./types";

// What the bank's journal records. Amounts are decimal strings of fen and times ISO strings, so a line is
// plain JSON; card numbers never appear (cards are referred to by the bank's internal card id).

export type BankEvent =
  | {
      t: "payment.opened";
      at: string;
      attemptId: string;
      amount: string;
      currency: string;
      merchantName: string;
      subject: string;
      returnUrl: string;
      notifyUrl: string;
      expiresAt: string;
    }
  | {
      t: "payment.decided";
      at: string;
      attemptId: string;
      status: "approved" | "declined";
      bankTxnId: string;
      declineReason?: DeclineReason;
      cardId?: string;
      cardLast4?: string;
    }
  | {
      t: "refund.accepted";
      at: string;
      refundId: string;
      attemptId: string;
      amount: string;
      bankRefundId: string;
      notifyUrl: string;
    }
  | {
      t: "refund.completed";
      at: string;
      refundId: string;
      status: "succeeded" | "failed";
      failReason?: string;
    }
  | {
      t: "payout.accepted";
      at: string;
      payoutId: string;
      accountLast4: string;
      cardId?: string;
      accountName: string;
      amount: string;
      bankPayoutId: string;
      notifyUrl: string;
    }
  | {
      t: "payout.completed";
      at: string;
      payoutId: string;
      status: "succeeded" | "failed";
      failReason?: PayoutFailReason;
    }
  | {
      t: "outbox.queued";
      at: string;
      id: string;
      label: string;
      url: string;
      contentType: string;
      body: string;
    }
  | { t: "outbox.done"; at: string; id: string; delivered: boolean; attempts: number }
  /** Test control: the mistakes the settlement file of `date` is to show (replaces earlier ones). */
  | { t: "settlement.faults"; at: string; date: string; faults: SettlementFault[] };
