import { BankError } from "../errors";
import type { ParsedSettlementLine } from "../settlement/read-settlement-file";
import type { SettlementKind } from "../types";
import { fromBeijing, yuanToFen } from "./form";

// MCMB's settlement bill: a sorted key=value header, a CSV column line, one CSV line per movement (yuan
// amounts, Beijing times), a key=value summary, then "sign_type=RSA2&sign=…" over every byte before it.

const BANK = "mcmb";
const HEADER = /^bank=MCMB&charset=utf-8&settle_date=(\d{4}-\d{2}-\d{2})&version=1\.0$/;
const COLUMNS = "biz_type,out_no,bank_no,amount,fee,status,gmt_finish";
const SUMMARY = /^count=(\d{1,12})&total_amount=(\d{1,22}\.\d{2})&total_fee=(\d{1,22}\.\d{2})$/;
const SIGNATURE = /^sign_type=RSA2&sign=([A-Za-z0-9+/]+={0,2})$/;
const ROW =
  /^(TRADE|REFUND|TRANS),([A-Za-z0-9_-]{1,64}),([A-Za-z0-9]{1,64}),(\d{1,16}\.\d{2}),(\d{1,16}\.\d{2}),([A-Z_]+),(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})$/;
const TYPES: Record<string, { kind: SettlementKind; ok: string; failed: string }> = {
  TRADE: { kind: "payment", ok: "TRADE_SUCCESS", failed: "TRADE_FAILED" },
  REFUND: { kind: "refund", ok: "REFUND_SUCCESS", failed: "REFUND_FAIL" },
  TRANS: { kind: "payout", ok: "SUCCESS", failed: "FAIL" },
};

export function parseMcmbSettlementLine(text: string): ParsedSettlementLine {
  let m = ROW.exec(text);
  if (m) {
    const [, type = "", reference = "", bankRef = "", amount, fee, status, time] = m;
    const spec = TYPES[type];
    const at = fromBeijing(time);
    if (!spec || (status !== spec.ok && status !== spec.failed) || Number.isNaN(at.getTime())) {
      throw malformed(text);
    }
    return {
      type: "line",
      line: {
        kind: spec.kind,
        reference,
        bankRef,
        amount: yuanToFen(amount, "amount"),
        fee: yuanToFen(fee, "fee"),
        status: status === spec.ok ? "succeeded" : "failed",
        at,
      },
    };
  }
  if ((m = HEADER.exec(text))) return { type: "header", date: m[1] ?? "" };
  if (text === COLUMNS) return { type: "layout" };
  if ((m = SUMMARY.exec(text))) {
    return {
      type: "trailer",
      summary: {
        count: Number(m[1]),
        totalAmount: yuanToFen(m[2], "total_amount"),
        totalFee: yuanToFen(m[3], "total_fee"),
      },
    };
  }
  if ((m = SIGNATURE.exec(text))) return { type: "signature", signature: m[1] ?? "" };
  throw malformed(text);
}

function malformed(text: string): BankError {
  return new BankError("malformed", `unexpected line in the settlement bill: ${text.slice(0, 80)}`, BANK);
}
