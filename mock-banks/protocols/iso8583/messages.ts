import { randomInt } from "node:crypto";
import type { DeclineReason, PaymentView, PayoutView, RefundView } from "../../core/types";
import { CNY_NUMERIC, PROCESSING } from "./fields";

// CCMB's response codes (field 39), ISO 8583 meanings where one exists: 00 approved/succeeded,
// 09 in progress, 25 no such record, 51 insufficient funds, 55 wrong PIN, 14 no such card or account,
// 54 expired, 05 do not honour, 12 invalid transaction, 13 invalid amount, 94 duplicate with other data,
// 30 format error, 40 function not supported, 63 security violation.

const DECLINE_CODES: Record<DeclineReason, string> = {
  insufficient_funds: "51",
  wrong_password: "55",
  card_unknown: "14",
  expired: "54",
  other: "05",
};

/** YYYYMMDDhhmmss in UTC. */
export function isoTime(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export function parseIsoTime(value: string | undefined): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value ?? "");
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : new Date(NaN);
}

export function trace(): Map<number, string> {
  return new Map([
    [7, isoTime(new Date())],
    [11, String(randomInt(0, 1_000_000)).padStart(6, "0")],
  ]);
}

export function paymentFields(view: PaymentView): Map<number, string> {
  const fields = trace();
  fields.set(3, PROCESSING.purchase).set(60, view.attemptId);
  if (view.status === "not_found") return fields.set(39, "25");
  fields.set(4, view.amount.toString()).set(49, CNY_NUMERIC);
  if (view.status === "pending") return fields.set(39, "09");
  fields.set(37, view.bankTxnId);
  if (view.status === "approved") return fields.set(39, "00").set(12, isoTime(view.paidAt));
  return fields.set(39, DECLINE_CODES[view.declineReason]).set(12, isoTime(view.decidedAt));
}

const REFUND_REJECT_CODES = {
  exceeds_refundable: "13",
  payment_not_found: "25",
  payment_not_approved: "12",
  conflict: "94",
  invalid: "30",
} as const;

export function refundFields(view: RefundView): Map<number, string> {
  const fields = trace().set(3, PROCESSING.refund).set(61, view.refundId);
  if (view.status === "not_found") return fields.set(39, "25");
  if (view.status === "rejected") return fields.set(39, REFUND_REJECT_CODES[view.rejectReason]);
  fields
    .set(4, view.amount.toString())
    .set(49, CNY_NUMERIC)
    .set(37, view.bankRefundId)
    .set(60, view.attemptId);
  if (view.completedAt) fields.set(12, isoTime(view.completedAt));
  const code = {
    processing: "09",
    succeeded: "00",
    failed: view.failReason === "insufficient_funds" ? "51" : "05",
  };
  return fields.set(39, code[view.status]);
}

export function payoutFields(view: PayoutView): Map<number, string> {
  const fields = trace().set(3, PROCESSING.payout).set(61, view.payoutId);
  if (view.status === "not_found") return fields.set(39, "25");
  if (view.status === "rejected") return fields.set(39, view.rejectReason === "conflict" ? "94" : "30");
  fields.set(4, view.amount.toString()).set(49, CNY_NUMERIC).set(37, view.bankPayoutId);
  if (view.completedAt) fields.set(12, isoTime(view.completedAt));
  const failed = view.failReason === "account_unknown" ? "14" : "51";
  return fields.set(39, { processing: "09", succeeded: "00", failed }[view.status]);
}
