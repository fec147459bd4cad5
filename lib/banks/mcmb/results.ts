import { createHash } from "node:crypto";
import { BankError } from "../errors";
import { lookup, requiredDate, requiredText } from "../fields";
import type {
  DeclineReason,
  PaymentResult,
  PayoutFailReason,
  PayoutResult,
  RefundRejectReason,
  RefundResult,
} from "../types";
import { fromBeijing, yuanToFen } from "./form";

// MCMB's statuses: trade_status TRADE_SUCCESS / TRADE_FAILED / WAIT_BUYER_PAY / TRADE_NOT_EXIST with
// fail_code; API answers code=10000 on success, 40004 + sub_code on a business refusal, other codes for
// requests the bank could not accept at all (signature, parameters, unknown service).

const BANK = "mcmb";
type Params = Record<string, string>;
type Meta = { bank: string; messageId: string; raw: string };

const DECLINES: Record<string, DeclineReason> = {
  BALANCE_NOT_ENOUGH: "insufficient_funds",
  PASSWORD_ERROR: "wrong_password",
  CARD_NOT_EXIST: "card_unknown",
  TRADE_EXPIRED: "expired",
};
const REFUND_REJECTS: Record<string, RefundRejectReason> = {
  REFUND_AMOUNT_EXCEEDED: "exceeds_refundable",
  TRADE_NOT_EXIST: "payment_not_found",
  TRADE_NOT_PAID: "payment_not_approved",
  REQUEST_CONFLICT: "conflict",
  INVALID_PARAMETER: "invalid",
};
const PAYOUT_FAILS: Record<string, PayoutFailReason> = {
  PAYEE_NOT_EXIST: "account_unknown",
  PAYER_BALANCE_NOT_ENOUGH: "insufficient_funds",
};

export function mcmbMeta(params: Params, raw: string): Meta {
  const messageId =
    params.notify_id ??
    createHash("sha256")
      .update(params.sign ?? raw)
      .digest("hex")
      .slice(0, 32);
  return { bank: BANK, messageId, raw };
}

/** API answers other than success or a business refusal mean the bank refused the request itself. */
export function requireAccepted(params: Params): void {
  if (params.code !== "10000" && params.code !== "40004") {
    throw new BankError(
      "refused",
      `MCMB refused the request: ${params.code ?? ""} ${params.sub_code ?? ""} ${params.msg ?? ""}`,
      BANK,
    );
  }
}

export function tradeResult(meta: Meta, p: Params): PaymentResult {
  const base = {
    ...meta,
    kind: "payment" as const,
    attemptId: requiredText(BANK, p.out_trade_no, "out_trade_no"),
    bankResultCode: [p.trade_status, p.fail_code].filter(Boolean).join("/"),
  };
  const amount = p.total_amount ? yuanToFen(p.total_amount, "total_amount") : undefined;
  switch (p.trade_status) {
    case "TRADE_SUCCESS":
      if (p.currency !== "CNY")
        throw new BankError("malformed", `unknown currency ${p.currency ?? ""}`, BANK);
      return {
        ...base,
        status: "approved",
        bankTxnId: requiredText(BANK, p.trade_no, "trade_no"),
        amount: yuanToFen(p.total_amount, "total_amount"),
        currency: "CNY",
        paidAt: requiredDate(BANK, fromBeijing(p.gmt_payment), "gmt_payment"),
      };
    case "TRADE_FAILED":
      return {
        ...base,
        status: "declined",
        declineReason: lookup(DECLINES, p.fail_code, "other"),
        ...(p.trade_no ? { bankTxnId: p.trade_no } : {}),
        ...(amount !== undefined ? { amount } : {}),
      };
    case "WAIT_BUYER_PAY":
      return { ...base, status: "pending", ...(amount !== undefined ? { amount } : {}) };
    case "TRADE_NOT_EXIST":
      return { ...base, status: "not_found" };
    default:
      throw new BankError("malformed", `unknown trade_status ${p.trade_status ?? ""}`, BANK);
  }
}

export function refundResult(meta: Meta, p: Params): RefundResult {
  const base = {
    ...meta,
    kind: "refund" as const,
    refundId: requiredText(BANK, p.out_request_no, "out_request_no"),
    bankResultCode: [p.code, p.sub_code ?? p.refund_status, p.fail_code].filter(Boolean).join("/"),
  };
  if (p.code === "40004") {
    if (p.sub_code === "REFUND_NOT_EXIST") return { ...base, status: "not_found" };
    return { ...base, status: "rejected", rejectReason: lookup(REFUND_REJECTS, p.sub_code, "invalid") };
  }
  const settled = {
    bankRefundId: requiredText(BANK, p.refund_no, "refund_no"),
    amount: yuanToFen(p.refund_amount, "refund_amount"),
  };
  switch (p.refund_status) {
    case "REFUND_PROCESSING":
      return { ...base, ...settled, status: "processing" };
    case "REFUND_SUCCESS":
      return {
        ...base,
        ...settled,
        status: "succeeded",
        completedAt: requiredDate(BANK, fromBeijing(p.gmt_refund), "gmt_refund"),
      };
    case "REFUND_FAIL":
      return {
        ...base,
        ...settled,
        status: "failed",
        failReason: p.fail_code === "BALANCE_NOT_ENOUGH" ? "insufficient_funds" : "other",
      };
    default:
      throw new BankError("malformed", `unknown refund_status ${p.refund_status ?? ""}`, BANK);
  }
}

export function payoutResult(meta: Meta, p: Params): PayoutResult {
  const base = {
    ...meta,
    kind: "payout" as const,
    payoutId: requiredText(BANK, p.out_biz_no, "out_biz_no"),
    bankResultCode: [p.code, p.sub_code ?? p.trans_status, p.fail_code].filter(Boolean).join("/"),
  };
  if (p.code === "40004") {
    if (p.sub_code === "ORDER_NOT_EXIST") return { ...base, status: "not_found" };
    return {
      ...base,
      status: "rejected",
      rejectReason: p.sub_code === "REQUEST_CONFLICT" ? "conflict" : "invalid",
    };
  }
  const settled = {
    bankPayoutId: requiredText(BANK, p.order_id, "order_id"),
    amount: yuanToFen(p.amount, "amount"),
  };
  switch (p.trans_status) {
    case "PROCESSING":
      return { ...base, ...settled, status: "processing" };
    case "SUCCESS":
      return {
        ...base,
        ...settled,
        status: "succeeded",
        completedAt: requiredDate(BANK, fromBeijing(p.gmt_finish), "gmt_finish"),
      };
    case "FAIL":
      return {
        ...base,
        ...settled,
        status: "failed",
        failReason: lookup(PAYOUT_FAILS, p.fail_code, "other"),
      };
    default:
      throw new BankError("malformed", `unknown trans_status ${p.trans_status ?? ""}`, BANK);
  }
}
