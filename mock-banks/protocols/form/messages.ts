import { randomUUID } from "node:crypto";
import type { DeclineReason, PaymentView, PayoutView, RefundView } from "../../core/types";
import { beijingTime, fenToYuan, type FormParams } from "./codec";

// MCMB's statuses and codes. API answers carry code=10000 on success, 40004 with a sub_code on a
// business refusal, 40001/40002/40006 for bad parameters, bad signatures and unknown services.

const FAIL_CODES: Record<DeclineReason, string> = {
  insufficient_funds: "BALANCE_NOT_ENOUGH",
  wrong_password: "PASSWORD_ERROR",
  card_unknown: "CARD_NOT_EXIST",
  expired: "TRADE_EXPIRED",
  other: "SYSTEM_ERROR",
};

export const OK = { code: "10000", msg: "Success" };

export function notifyHeader(type: string): FormParams {
  return {
    notify_type: type,
    notify_id: randomUUID().replaceAll("-", ""),
    notify_time: beijingTime(new Date()),
  };
}

export function tradeParams(view: PaymentView): FormParams {
  const base = { out_trade_no: view.attemptId };
  if (view.status === "not_found") return { ...base, trade_status: "TRADE_NOT_EXIST" };
  const money = { total_amount: fenToYuan(view.amount), currency: view.currency };
  if (view.status === "pending") return { ...base, ...money, trade_status: "WAIT_BUYER_PAY" };
  if (view.status === "approved") {
    return {
      ...base,
      ...money,
      trade_no: view.bankTxnId,
      trade_status: "TRADE_SUCCESS",
      gmt_payment: beijingTime(view.paidAt),
    };
  }
  const failCode = FAIL_CODES[view.declineReason];
  return { ...base, ...money, trade_no: view.bankTxnId, trade_status: "TRADE_FAILED", fail_code: failCode };
}

const REFUND_SUB_CODES = {
  exceeds_refundable: "REFUND_AMOUNT_EXCEEDED",
  payment_not_found: "TRADE_NOT_EXIST",
  payment_not_approved: "TRADE_NOT_PAID",
  conflict: "REQUEST_CONFLICT",
  invalid: "INVALID_PARAMETER",
} as const;

export function refundParams(view: RefundView): FormParams {
  const base = { out_request_no: view.refundId };
  if (view.status === "not_found")
    return { ...base, code: "40004", msg: "Business Failed", sub_code: "REFUND_NOT_EXIST" };
  if (view.status === "rejected") {
    return { ...base, code: "40004", msg: "Business Failed", sub_code: REFUND_SUB_CODES[view.rejectReason] };
  }
  const status = { processing: "REFUND_PROCESSING", succeeded: "REFUND_SUCCESS", failed: "REFUND_FAIL" }[
    view.status
  ];
  return {
    ...base,
    out_trade_no: view.attemptId,
    refund_no: view.bankRefundId,
    refund_status: status,
    refund_amount: fenToYuan(view.amount),
    currency: view.currency,
    ...(view.completedAt ? { gmt_refund: beijingTime(view.completedAt) } : {}),
    ...(view.failReason
      ? { fail_code: view.failReason === "insufficient_funds" ? "BALANCE_NOT_ENOUGH" : "SYSTEM_ERROR" }
      : {}),
  };
}

export function payoutParams(view: PayoutView): FormParams {
  const base = { out_biz_no: view.payoutId };
  if (view.status === "not_found")
    return { ...base, code: "40004", msg: "Business Failed", sub_code: "ORDER_NOT_EXIST" };
  if (view.status === "rejected") {
    const subCode = view.rejectReason === "conflict" ? "REQUEST_CONFLICT" : "INVALID_PARAMETER";
    return { ...base, code: "40004", msg: "Business Failed", sub_code: subCode };
  }
  const status = { processing: "PROCESSING", succeeded: "SUCCESS", failed: "FAIL" }[view.status];
  const failCode = view.failReason === "account_unknown" ? "PAYEE_NOT_EXIST" : "PAYER_BALANCE_NOT_ENOUGH";
  return {
    ...base,
    order_id: view.bankPayoutId,
    trans_status: status,
    amount: fenToYuan(view.amount),
    currency: view.currency,
    ...(view.completedAt ? { gmt_finish: beijingTime(view.completedAt) } : {}),
    ...(view.failReason ? { fail_code: failCode } : {}),
  };
}
