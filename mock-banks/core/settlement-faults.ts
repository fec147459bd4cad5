import { settlementFee, sortByReference, type FeeRule, type SettlementRecord } from "./settlement";
import type { SettlementFault } from "./types";

export type { SettlementFault } from "./types";

// Test and demo control: mistakes a bank can be told to make in the settlement file of one day, so that
// the gateway's reconciliation can be shown to find each kind of mismatch.

const KINDS = ["drop_line", "add_line", "flip_status", "change_amount", "change_fee"] as const;
const TYPES = ["payment", "refund", "payout"] as const;
const REFERENCE = /^[A-Za-z0-9_-]{1,64}$/;
const FEN = /^\d{1,15}$/;

/** Reads a JSON list of faults; throws a message fit for a 400 answer. */
export function parseSettlementFaults(value: unknown): SettlementFault[] {
  if (!Array.isArray(value)) throw new Error("faults must be a list");
  return value.map((item: unknown, index) => {
    const at = `faults[${index}]`;
    if (typeof item !== "object" || item === null) throw new Error(`${at} must be an object`);
    const field = (name: string, pattern: RegExp): string => {
      const text = Object.getOwnPropertyDescriptor(item, name)?.value as unknown;
      if (typeof text !== "string" || !pattern.test(text)) throw new Error(`${at}.${name} is invalid`);
      return text;
    };
    const kind = KINDS.find((k) => k === field("kind", /^[a-z_]+$/));
    const reference = field("reference", REFERENCE);
    switch (kind) {
      case "drop_line":
      case "flip_status":
        return { kind, reference };
      case "add_line": {
        const type = TYPES.find((t) => t === field("type", /^[a-z]+$/));
        if (!type) throw new Error(`${at}.type must be one of ${TYPES.join(", ")}`);
        return { kind, reference, type, amount: field("amount", FEN) };
      }
      case "change_amount":
        return { kind, reference, amount: field("amount", FEN) };
      case "change_fee":
        return { kind, reference, fee: field("fee", FEN) };
      default:
        throw new Error(`${at}.kind must be one of ${KINDS.join(", ")}`);
    }
  });
}

/** The day's records as the faulty file will show them, still in reference order. */
export function applySettlementFaults(
  records: SettlementRecord[],
  faults: readonly SettlementFault[],
  context: { date: string; fees: FeeRule; newRef: () => string },
): SettlementRecord[] {
  if (faults.length === 0) return records;
  const byReference = new Map(records.map((record) => [record.reference, record]));
  for (const fault of faults) {
    const record = byReference.get(fault.reference);
    switch (fault.kind) {
      case "drop_line":
        byReference.delete(fault.reference);
        break;
      case "add_line": {
        const amount = BigInt(fault.amount);
        byReference.set(fault.reference, {
          kind: fault.type,
          reference: fault.reference,
          bankRef: context.newRef(),
          amount,
          fee: settlementFee(context.fees, fault.type, amount),
          status: "succeeded",
          at: new Date(`${context.date}T12:00:00+08:00`),
        });
        break;
      }
      // A bank that settles another status or amount charges the fee that goes with it.
      case "flip_status":
        if (record) {
          record.status = record.status === "succeeded" ? "failed" : "succeeded";
          record.fee =
            record.status === "failed" ? 0n : settlementFee(context.fees, record.kind, record.amount);
        }
        break;
      case "change_amount":
        if (record) {
          record.amount = BigInt(fault.amount);
          record.fee = settlementFee(context.fees, record.kind, record.amount);
        }
        break;
      case "change_fee":
        if (record) record.fee = BigInt(fault.fee);
        break;
    }
  }
  return sortByReference([...byReference.values()]);
}
