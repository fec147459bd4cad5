import type { DeclineReason, PaymentView, PayoutView, RefundView } from "../../core/types";

// ICMB's result codes. TranStat/RefundStat/PayoutStat: 0 processing (refunds, payouts), 1 success,
// 2 failed, 3 processing (payments), 8 rejected, 9 no such record. ErrCode says why.

const DECLINE_CODES: Record<DeclineReason, string> = {
  insufficient_funds: "E101",
  wrong_password: "E102",
  card_unknown: "E103",
  expired: "E104",
  other: "E199",
};

export const CURRENCY_CODE = "001"; // ICMB's own code for CNY

export function paymentResultBody(view: PaymentView): Record<string, string> {
  const base = { OrderId: view.attemptId };
  switch (view.status) {
    case "not_found":
      return { ...base, TranStat: "9", ErrCode: "E201" };
    case "pending":
      return { ...base, TranStat: "3", ErrCode: "", Amount: view.amount.toString(), CurType: CURRENCY_CODE };
    case "approved":
      return {
        ...base,
        TranStat: "1",
        ErrCode: "",
        BankSerialNo: view.bankTxnId,
        Amount: view.amount.toString(),
        CurType: CURRENCY_CODE,
        PayTime: view.paidAt.toISOString(),
      };
    case "declined":
      return {
        ...base,
        TranStat: "2",
        ErrCode: DECLINE_CODES[view.declineReason],
        BankSerialNo: view.bankTxnId,
        Amount: view.amount.toString(),
        CurType: CURRENCY_CODE,
      };
  }
}

const REFUND_REJECT_CODES = {
  exceeds_refundable: "R201",
  payment_not_found: "R202",
  payment_not_approved: "R203",
  conflict: "R204",
  invalid: "R205",
} as const;

export function refundResultBody(view: RefundView): Record<string, string> {
  const base = { RefundId: view.refundId };
  if (view.status === "not_found") return { ...base, RefundStat: "9", ErrCode: "R209" };
  if (view.status === "rejected")
    return { ...base, RefundStat: "8", ErrCode: REFUND_REJECT_CODES[view.rejectReason] };
  const stat = { processing: "0", succeeded: "1", failed: "2" }[view.status];
  return {
    ...base,
    OrderId: view.attemptId,
    RefundStat: stat,
    ErrCode: view.status === "failed" ? (view.failReason === "insufficient_funds" ? "R206" : "R299") : "",
    BankRefundNo: view.bankRefundId,
    Amount: view.amount.toString(),
    CurType: CURRENCY_CODE,
    ...(view.completedAt ? { FinishTime: view.completedAt.toISOString() } : {}),
  };
}

export function payoutResultBody(view: PayoutView): Record<string, string> {
  const base = { PayoutId: view.payoutId };
  if (view.status === "not_found") return { ...base, PayoutStat: "9", ErrCode: "P309" };
  if (view.status === "rejected") {
    return { ...base, PayoutStat: "8", ErrCode: view.rejectReason === "conflict" ? "P304" : "P305" };
  }
  const stat = { processing: "0", succeeded: "1", failed: "2" }[view.status];
  const err =
    view.failReason === "account_unknown" ? "P301" : view.failReason === "insufficient_funds" ? "P302" : "";
  return {
    ...base,
    PayoutStat: stat,
    ErrCode: err,
    BankSerialNo: view.bankPayoutId,
    Amount: view.amount.toString(),
    CurType: CURRENCY_CODE,
    ...(view.completedAt ? { FinishTime: view.completedAt.toISOString() } : {}),
  };
}
