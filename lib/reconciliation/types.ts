import type { SettlementKind, SettlementLine } from "@/lib/banks";

/** What the gateway recorded about a movement at a bank, in the shape of a settlement line. */
export type GatewayRecord = {
  /** The gateway keeps no payouts yet (withdrawals to bank cards come later), so only these two. */
  kind: "payment" | "refund";
  /** The attempt id or the refund id: what the bank calls the reference. */
  reference: string;
  /** The bank's reference as the gateway knows it, if the bank gave one. */
  bankRef: string | null;
  amount: bigint;
  status: "succeeded" | "failed";
  /** When the gateway recorded the outcome (attempt decided, refund completed). */
  at: Date;
};

export const MISMATCH_KINDS = [
  "missing_at_bank",
  "missing_at_gateway",
  "status_differs",
  "amount_differs",
  "fee_differs",
] as const;

export type MismatchKind = (typeof MISMATCH_KINDS)[number];

/** One difference between the bank's file and the gateway's records, with both sides as evidence. */
export type Mismatch = {
  kind: MismatchKind;
  reference: string;
  bank: SettlementLine | null;
  gateway: GatewayRecord | null;
  /** The fee the bank's contract gives for the gateway's record (when there is one). */
  expectedFee: bigint | null;
};

export type Totals = { count: number; amount: bigint; fee: bigint };

export type ReconciliationResult = {
  bankCode: string;
  date: string;
  /** The bank's lines by kind; `fee` is what the bank charged. */
  bank: Record<SettlementKind, Totals>;
  /**
   * The gateway's records matched with this file or reported missing from it, by kind; `fee` is what
   * the bank's contract says it should charge. Records left to a neighbouring day's file are not in it.
   */
  gateway: Record<"payment" | "refund", Totals>;
  /** Lines and records that agree in every respect. */
  matched: number;
  /** Bank lines of kinds the gateway keeps no records of (payouts): counted, not matched. */
  unchecked: Totals;
  /** Movements near a midnight that the two sides dated on different days (reconcileDay). */
  midnight: {
    /** Lines of this file matched with records the gateway dated on the day before or after. */
    matchedAcross: number;
    /** The gateway's records of this day's first minutes found on the bank's file of the day before. */
    onPreviousFile: number;
    /** The gateway's records of this day's last minutes not on this file: the next day's run judges them. */
    leftToNextDay: number;
  };
  mismatches: Record<MismatchKind, number>;
};
