import { BankError } from "../errors";
import { lookup, optionalFen, requiredDate, requiredFen, requiredText } from "../fields";
import type {
  BankMessageMeta,
  DeclineReason,
  PaymentResult,
  PayoutFailReason,
  PayoutResult,
  RefundRejectReason,
  RefundResult,
} from "../types";

// ICMB's statuses: TranStat 1 success, 2 failed, 3 processing, 9 no such order. RefundStat/PayoutStat:
// 0 processing, 1 success, 2 failed, 8 rejected, 9 no such record. ErrCode says why.

const BANK = "icmb";
export const ICMB_CNY = "001";

const DECLINES: Record<string, DeclineReason> = {
  E101: "insufficient_funds",
  E102: "wrong_password",
  E103: "card_unknown",
  E104: "expired",
};
const REFUND_REJECTS: Record<string, RefundRejectReason> = {
  R201: "exceeds_refundable",
  R202: "payment_not_found",
  R203: "payment_not_approved",
  R204: "conflict",
  R205: "invalid",
};
const PAYOUT_FAILS: Record<string, PayoutFailReason> = {
  P301: "account_unknown",
  P302: "insufficient_funds",
};

type Meta = Omit<BankMessageMeta, "bankResultCode">;

function currency(body: Record<string, string>): string {
  if (body.CurType !== ICMB_CNY)
    throw new BankError("malformed", `unknown CurType ${body.CurType ?? ""}`, BANK);
  return "CNY";
}

export function paymentResult(meta: Meta, body: Record<string, string>): PaymentResult {
  const base = {
    ...meta,
    kind: "payment" as const,
    attemptId: requiredText(BANK, body.OrderId, "OrderId"),
    bankResultCode: `${body.TranStat ?? ""}/${body.ErrCode ?? ""}`,
  };
  switch (body.TranStat) {
    case "1":
      return {
        ...base,
        status: "approved",
        bankTxnId: requiredText(BANK, body.BankSerialNo, "BankSerialNo"),
        amount: requiredFen(BANK, body.Amount, "Amount"),
        currency: currency(body),
        paidAt: requiredDate(BANK, new Date(body.PayTime ?? ""), "PayTime"),
      };
    case "2": {
      const amount = optionalFen(BANK, body.Amount, "Amount");
      return {
        ...base,
        status: "declined",
        declineReason: lookup(DECLINES, body.ErrCode, "other"),
        ...(body.BankSerialNo ? { bankTxnId: body.BankSerialNo } : {}),
        ...(amount !== undefined ? { amount } : {}),
      };
    }
    case "3": {
      const amount = optionalFen(BANK, body.Amount, "Amount");
      return { ...base, status: "pending", ...(amount !== undefined ? { amount } : {}) };
    }
    case "9":
      return { ...base, status: "not_found" };
    default:
      throw new BankError("malformed", `unknown TranStat ${body.TranStat ?? ""}`, BANK);
  }
}

export function refundResult(meta: Meta, body: Record<string, string>): RefundResult {
  const base = {
    ...meta,
    kind: "refund" as const,
    refundId: requiredText(BANK, body.RefundId, "RefundId"),
    bankResultCode: `${body.RefundStat ?? ""}/${body.ErrCode ?? ""}`,
  };
  if (body.RefundStat === "9") return { ...base, status: "not_found" };
  if (body.RefundStat === "8")
    return { ...base, status: "rejected", rejectReason: lookup(REFUND_REJECTS, body.ErrCode, "invalid") };
  const settled = {
    bankRefundId: requiredText(BANK, body.BankRefundNo, "BankRefundNo"),
    amount: requiredFen(BANK, body.Amount, "Amount"),
  };
  switch (body.RefundStat) {
    case "0":
      return { ...base, ...settled, status: "processing" };
    case "1":
      return {
        ...base,
        ...settled,
        status: "succeeded",
        completedAt: requiredDate(BANK, new Date(body.FinishTime ?? ""), "FinishTime"),
      };
    case "2":
      return {
        ...base,
        ...settled,
        status: "failed",
        failReason: body.ErrCode === "R206" ? "insufficient_funds" : "other",
      };
    default:
      throw new BankError("malformed", `unknown RefundStat ${body.RefundStat ?? ""}`, BANK);
  }
}

export function payoutResult(meta: Meta, body: Record<string, string>): PayoutResult {
  const base = {
    ...meta,
    kind: "payout" as const,
    payoutId: requiredText(BANK, body.PayoutId, "PayoutId"),
    bankResultCode: `${body.PayoutStat ?? ""}/${body.ErrCode ?? ""}`,
  };
  if (body.PayoutStat === "9") return { ...base, status: "not_found" };
  if (body.PayoutStat === "8")
    return { ...base, status: "rejected", rejectReason: body.ErrCode === "P304" ? "conflict" : "invalid" };
  const settled = {
    bankPayoutId: requiredText(BANK, body.BankSerialNo, "BankSerialNo"),
    amount: requiredFen(BANK, body.Amount, "Amount"),
  };
  switch (body.PayoutStat) {
    case "0":
      return { ...base, ...settled, status: "processing" };
    case "1":
      return {
        ...base,
        ...settled,
        status: "succeeded",
        completedAt: requiredDate(BANK, new Date(body.FinishTime ?? ""), "FinishTime"),
      };
    case "2":
      return {
        ...base,
        ...settled,
        status: "failed",
        failReason: lookup(PAYOUT_FAILS, body.ErrCode, "other"),
      };
    default:
      throw new BankError("malformed", `unknown PayoutStat ${body.PayoutStat ?? ""}`, BANK);
  }
}
