import { BankError } from "../errors";
import type { ParsedSettlementLine } from "../settlement/read-settlement-file";
import type { SettlementKind } from "../types";
import { parseCcmbTime } from "./iso8583";

// CCMB's settlement file: fixed-width 128-byte records in ISO 8583 field formats, then "S" and the
// signature over every byte before it (layout in mock-banks/README.md). Offsets below are 0-based.
//   H: "H" "CCMB" date n8 currency n3 created n14
//   D: "D" processing code n6, reference an64, bank reference an12, amount n12, fee n12,
//      response code an2, completion time n14
//   T: "T" count n10, total amount n18, total fee n18

const BANK = "ccmb";
const RECORD_LENGTH = 128;
const KINDS: Record<string, SettlementKind> = { "000000": "payment", "200000": "refund", "400000": "payout" };
const HEADER = /^HCCMB(\d{4})(\d{2})(\d{2})156\d{14} *$/;
const ID = /^[A-Za-z0-9_-]+ *$/;
const DIGITS = /^\d+$/;
const TRAILER = /^T(\d{10})(\d{18})(\d{18}) *$/;
const SIGNATURE = /^S([A-Za-z0-9+/]+={0,2})$/;

export function parseCcmbSettlementLine(text: string): ParsedSettlementLine {
  const signature = SIGNATURE.exec(text);
  if (signature) return { type: "signature", signature: signature[1] ?? "" };
  if (text.length !== RECORD_LENGTH) throw malformed(text);
  if (text.startsWith("D")) return detail(text);
  let m: RegExpExecArray | null;
  if ((m = HEADER.exec(text))) return { type: "header", date: `${m[1]}-${m[2]}-${m[3]}` };
  if ((m = TRAILER.exec(text))) {
    const [, count = "", totalAmount = "", totalFee = ""] = m;
    return {
      type: "trailer",
      summary: { count: Number(count), totalAmount: BigInt(totalAmount), totalFee: BigInt(totalFee) },
    };
  }
  throw malformed(text);
}

function detail(text: string): ParsedSettlementLine {
  const at = (start: number, length: number) => text.slice(start, start + length);
  const [code, reference, bankRef, amount, fee, response, time, filler] = [
    at(1, 6),
    at(7, 64),
    at(71, 12),
    at(83, 12),
    at(95, 12),
    at(107, 2),
    at(109, 14),
    at(123, 5),
  ];
  const kind = KINDS[code];
  const finished = parseCcmbTime(time);
  const valid =
    kind !== undefined &&
    ID.test(reference) &&
    ID.test(bankRef) &&
    DIGITS.test(amount) &&
    DIGITS.test(fee) &&
    (response === "00" || response === "05") &&
    !Number.isNaN(finished.getTime()) &&
    filler === "     ";
  if (!valid) throw malformed(text);
  return {
    type: "line",
    line: {
      kind,
      reference: reference.trimEnd(),
      bankRef: bankRef.trimEnd(),
      amount: BigInt(amount),
      fee: BigInt(fee),
      status: response === "00" ? "succeeded" : "failed",
      at: finished,
    },
  };
}

function malformed(text: string): BankError {
  return new BankError("malformed", `unexpected record in the settlement file: ${text.slice(0, 80)}`, BANK);
}
