import { BankError } from "../errors";
import type { ParsedSettlementLine } from "../settlement/read-settlement-file";
import type { SettlementKind } from "../types";

// ICMB's settlement file: XML with one element per line (see mock-banks/README.md), read line by line
// with strict patterns rather than an XML parser, so that a file of any size streams and nothing but
// the documented layout is accepted. The signature covers every byte up to the end of <Summary/>.

const BANK = "icmb";
const HEADER = /^<SettleFile BankCode="ICMB" SettleDate="(\d{4})(\d{2})(\d{2})" CurType="001">$/;
const TXN =
  /^<Txn TxType="(PAY|REFUND|PAYOUT)" RefNo="([A-Za-z0-9_-]{1,64})" BankSerialNo="([A-Za-z0-9_-]{1,64})" Amount="(\d{1,18})" Fee="(\d{1,18})" Stat="([12])" FinishTime="(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)"\/>$/;
const SUMMARY = /^<Summary Count="(\d{1,12})" TotalAmount="(\d{1,24})" TotalFee="(\d{1,24})"\/>$/;
const SIGNATURE = /^<Signature>([A-Za-z0-9+/]+={0,2})<\/Signature>$/;
const KINDS: Record<string, SettlementKind> = { PAY: "payment", REFUND: "refund", PAYOUT: "payout" };

export function parseIcmbSettlementLine(text: string): ParsedSettlementLine {
  let m = TXN.exec(text);
  if (m) {
    const [, type = "", reference = "", bankRef = "", amount = "", fee = "", stat, time = ""] = m;
    const at = new Date(time);
    const kind = KINDS[type];
    if (!kind || Number.isNaN(at.getTime())) throw malformed(text);
    const status = stat === "1" ? "succeeded" : "failed";
    return {
      type: "line",
      line: { kind, reference, bankRef, amount: BigInt(amount), fee: BigInt(fee), status, at },
    };
  }
  if (text === `<?xml version="1.0" encoding="UTF-8"?>`) return { type: "layout" };
  if ((m = HEADER.exec(text))) return { type: "header", date: `${m[1]}-${m[2]}-${m[3]}` };
  if ((m = SUMMARY.exec(text))) {
    const [, count = "", totalAmount = "", totalFee = ""] = m;
    return {
      type: "trailer",
      summary: { count: Number(count), totalAmount: BigInt(totalAmount), totalFee: BigInt(totalFee) },
    };
  }
  if ((m = SIGNATURE.exec(text))) return { type: "signature", signature: m[1] ?? "" };
  if (text === "</SettleFile>") return { type: "end" };
  throw malformed(text);
}

function malformed(text: string): BankError {
  return new BankError("malformed", `unexpected line in the settlement file: ${text.slice(0, 80)}`, BANK);
}
