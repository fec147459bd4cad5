import { BankError } from "../errors";
import { lookup, optionalFen, requiredDate, requiredFen, requiredText } from "../fields";
import type { DeclineReason, PaymentResult, PayoutResult, RefundRejectReason, RefundResult } from "../types";
import { parseCcmbTime, type IsoFrame } from "./iso8583";

// CCMB's response codes (field 39), with their ISO 8583 meanings: 00 approved, 09 in progress, 25 no
// such record, 51 insufficient funds, 55 wrong PIN, 14 no such card/account, 54 expired, 05 do not
// honour, 12 invalid transaction, 13 invalid amount, 94 duplicate, 30 format error, 40 not supported,
// 63 security violation.

const BANK = "ccmb";
export const CCMB_CNY = "156";
export const PROCESSING = { purchase: "000000", refund: "200000", payout: "400000" } as const;

const DECLINES: Record<string, DeclineReason> = {
  "51": "insufficient_funds",
  "55": "wrong_password",
  "14": "card_unknown",
  "54": "expired",
};
const REFUND_REJECTS: Record<string, RefundRejectReason> = {
  "13": "exceeds_refundable",
  "25": "payment_not_found",
  "12": "payment_not_approved",
  "94": "conflict",
  "30": "invalid",
};

type Meta = { bank: string; messageId: string; raw: string };

/** An answer that is about no record at all is the bank refusing the request itself. */
export function refusal(frame: IsoFrame): BankError | undefined {
  const code = frame.fields.get(39) ?? "";
  const aboutRecord = frame.fields.has(60) || frame.fields.has(61);
  if (["30", "40", "63"].includes(code) && !aboutRecord) {
    return new BankError("refused", `CCMB refused the request: ${code} ${frame.fields.get(44) ?? ""}`, BANK);
  }
  return undefined;
}

function expect(frame: IsoFrame, processing: string): string {
  if (frame.fields.get(3) !== processing) {
    throw new BankError(
      "unexpected_message",
      `expected processing code ${processing}, got ${frame.fields.get(3) ?? "none"}`,
      BANK,
    );
  }
  return frame.fields.get(39) ?? "";
}

export function paymentResult(meta: Meta, frame: IsoFrame): PaymentResult {
  const code = expect(frame, PROCESSING.purchase);
  const f = frame.fields;
  const base = {
    ...meta,
    kind: "payment" as const,
    attemptId: requiredText(BANK, f.get(60), "field 60"),
    bankResultCode: code,
  };
  const amount = optionalFen(BANK, f.get(4), "field 4");
  if (code === "00") {
    if (f.get(49) !== CCMB_CNY) throw new BankError("malformed", `unknown currency ${f.get(49) ?? ""}`, BANK);
    return {
      ...base,
      status: "approved",
      bankTxnId: requiredText(BANK, f.get(37), "field 37"),
      amount: requiredFen(BANK, f.get(4), "field 4"),
      currency: "CNY",
      paidAt: requiredDate(BANK, parseCcmbTime(f.get(12)), "field 12"),
    };
  }
  if (code === "09") return { ...base, status: "pending", ...(amount !== undefined ? { amount } : {}) };
  if (code === "25") return { ...base, status: "not_found" };
  return {
    ...base,
    status: "declined",
    declineReason: lookup(DECLINES, code, "other"),
    ...(f.get(37) ? { bankTxnId: f.get(37) } : {}),
    ...(amount !== undefined ? { amount } : {}),
  };
}

/** `inquiry`: code 25 means the refund itself is unknown; on a request it means the payment is. */
export function refundResult(
  meta: Meta,
  frame: IsoFrame,
  context: "request" | "inquiry" | "advice",
): RefundResult {
  const code = expect(frame, PROCESSING.refund);
  const f = frame.fields;
  const base = {
    ...meta,
    kind: "refund" as const,
    refundId: requiredText(BANK, f.get(61), "field 61"),
    bankResultCode: code,
  };
  if (code === "25" && context === "inquiry") return { ...base, status: "not_found" };
  const reject = REFUND_REJECTS[code];
  if (reject) return { ...base, status: "rejected", rejectReason: reject };
  const settled = {
    bankRefundId: requiredText(BANK, f.get(37), "field 37"),
    amount: requiredFen(BANK, f.get(4), "field 4"),
  };
  if (code === "09") return { ...base, ...settled, status: "processing" };
  if (code === "00") {
    return {
      ...base,
      ...settled,
      status: "succeeded",
      completedAt: requiredDate(BANK, parseCcmbTime(f.get(12)), "field 12"),
    };
  }
  return {
    ...base,
    ...settled,
    status: "failed",
    failReason: code === "51" ? "insufficient_funds" : "other",
  };
}

export function payoutResult(meta: Meta, frame: IsoFrame): PayoutResult {
  const code = expect(frame, PROCESSING.payout);
  const f = frame.fields;
  const base = {
    ...meta,
    kind: "payout" as const,
    payoutId: requiredText(BANK, f.get(61), "field 61"),
    bankResultCode: code,
  };
  if (code === "25") return { ...base, status: "not_found" };
  if (code === "94" || code === "30")
    return { ...base, status: "rejected", rejectReason: code === "94" ? "conflict" : "invalid" };
  const settled = {
    bankPayoutId: requiredText(BANK, f.get(37), "field 37"),
    amount: requiredFen(BANK, f.get(4), "field 4"),
  };
  if (code === "09") return { ...base, ...settled, status: "processing" };
  if (code === "00") {
    return {
      ...base,
      ...settled,
      status: "succeeded",
      completedAt: requiredDate(BANK, parseCcmbTime(f.get(12)), "field 12"),
    };
  }
  const failReason = code === "14" ? "account_unknown" : code === "51" ? "insufficient_funds" : "other";
  return { ...base, ...settled, status: "failed", failReason };
}
