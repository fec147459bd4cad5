// The bank's own vocabulary. Each protocol adapter translates its wire format to and from these types, so
// the bank's rules are written once while every bank still speaks a different language on the wire.

export type DeclineReason = "insufficient_funds" | "wrong_password" | "card_unknown" | "expired" | "other";

/** A payment request as the gateway signed it, after the signature has been verified. */
export interface PaymentRequest {
  attemptId: string;
  amount: bigint;
  currency: string;
  merchantName: string;
  subject: string;
  returnUrl: string;
  notifyUrl: string;
  expiresAt: Date;
}

export type PaymentView =
  | { attemptId: string; status: "not_found" }
  | { attemptId: string; status: "pending"; amount: bigint; currency: string }
  | DecidedPayment;

export type DecidedPayment =
  | {
      attemptId: string;
      status: "approved";
      bankTxnId: string;
      amount: bigint;
      currency: string;
      paidAt: Date;
    }
  | {
      attemptId: string;
      status: "declined";
      bankTxnId: string;
      amount: bigint;
      currency: string;
      declineReason: DeclineReason;
      decidedAt: Date;
    };

export interface RefundRequest {
  refundId: string;
  attemptId: string;
  bankTxnId?: string;
  amount: bigint;
  currency: string;
  notifyUrl: string;
}

export type RefundRejectReason =
  "payment_not_found" | "payment_not_approved" | "exceeds_refundable" | "conflict" | "invalid";

export type RefundView =
  | { refundId: string; status: "not_found" }
  | { refundId: string; status: "rejected"; rejectReason: RefundRejectReason }
  | {
      refundId: string;
      status: "processing" | "succeeded" | "failed";
      attemptId: string;
      amount: bigint;
      currency: string;
      bankRefundId: string;
      failReason?: "insufficient_funds" | "other";
      completedAt?: Date;
    };

export interface PayoutRequest {
  payoutId: string;
  accountNumber: string;
  accountName: string;
  amount: bigint;
  currency: string;
  notifyUrl: string;
}

export type PayoutRejectReason = "conflict" | "invalid";
export type PayoutFailReason = "account_unknown" | "insufficient_funds";

export type PayoutView =
  | { payoutId: string; status: "not_found" }
  | { payoutId: string; status: "rejected"; rejectReason: PayoutRejectReason }
  | {
      payoutId: string;
      status: "processing" | "succeeded" | "failed";
      amount: bigint;
      currency: string;
      bankPayoutId: string;
      failReason?: PayoutFailReason;
      completedAt?: Date;
    };

/** What the server-to-server API of a bank can be asked, whatever the wire format. */
export interface BankOperations {
  paymentStatus(attemptId: string): PaymentView;
  requestRefund(request: RefundRequest): RefundView;
  refundStatus(refundId: string): RefundView;
  requestPayout(request: PayoutRequest): PayoutView;
  payoutStatus(payoutId: string): PayoutView;
}

/** A message on the wire, ready to be sent as an HTTP body. */
export interface WireMessage {
  contentType: string;
  body: string;
}

/** How the bank sends the shopper's browser back to the gateway. */
export type BrowserHop =
  { kind: "redirect"; url: string } | { kind: "form"; url: string; fields: Record<string, string> };

/** A mistake a bank is told to make in its settlement file of a day (test control). */
export type SettlementFault =
  /** The line of `reference` is left out (the gateway will see it as missing at the bank). */
  | { kind: "drop_line"; reference: string }
  /** A line the gateway never saw (missing at the gateway). */
  | { kind: "add_line"; reference: string; type: "payment" | "refund" | "payout"; amount: string }
  /** succeeded ⇄ failed. */
  | { kind: "flip_status"; reference: string }
  | { kind: "change_amount"; reference: string; amount: string }
  | { kind: "change_fee"; reference: string; fee: string };
