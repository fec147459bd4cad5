import type { BankState } from "./state";

// A bank's daily settlement file: one record per money movement the bank completed on a business day
// (Beijing time), sorted by the gateway's reference so that the gateway can merge it with its own
// records in one pass. Each protocol writes the records in its own file format (protocols/*/settlement.ts).

export type SettlementKind = "payment" | "refund" | "payout";

export interface SettlementRecord {
  kind: SettlementKind;
  /** The gateway's id: attempt id, refund id or payout id. */
  reference: string;
  /** The bank's own reference: transaction, refund or payout number. */
  bankRef: string;
  amount: bigint;
  /** What the bank charges for this movement (its fee rule below). */
  fee: bigint;
  status: "succeeded" | "failed";
  at: Date;
}

/**
 * What a bank charges the gateway, per its (invented) contract: basis points of each payment and of
 * each refund, rounded half-up to the fen, and a flat fee per payout. Failed movements are free.
 */
export interface FeeRule {
  paymentBps: number;
  refundBps: number;
  payoutFen: bigint;
}

export function settlementFee(rule: FeeRule, kind: SettlementKind, amount: bigint): bigint {
  if (kind === "payout") return rule.payoutFen;
  const bps = BigInt(kind === "payment" ? rule.paymentBps : rule.refundBps);
  return (amount * bps + 5_000n) / 10_000n;
}

const BEIJING_OFFSET_MS = 8 * 3_600_000; // UTC+8 all year
const DAY_MS = 86_400_000;

export function isSettlementDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match !== null && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
}

/** The business day [from, to): midnight to midnight in Beijing. */
export function businessDay(date: string): { from: Date; to: Date } {
  const from = new Date(Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET_MS);
  return { from, to: new Date(from.getTime() + DAY_MS) };
}

/** Every approved payment, completed refund and completed payout of the day, in reference order. */
export function dayRecords(state: BankState, date: string, fees: FeeRule): SettlementRecord[] {
  const { from, to } = businessDay(date);
  const inDay = (at: Date) => at >= from && at < to;
  const records: SettlementRecord[] = [];
  for (const payment of state.payments.values()) {
    const decision = payment.decision;
    if (decision?.status !== "approved" || !inDay(decision.at)) continue;
    records.push({
      kind: "payment",
      reference: payment.attemptId,
      bankRef: decision.bankTxnId,
      amount: payment.amount,
      fee: settlementFee(fees, "payment", payment.amount),
      status: "succeeded",
      at: decision.at,
    });
  }
  const completed = (
    kind: "refund" | "payout",
    reference: string,
    bankRef: string,
    amount: bigint,
    completion: { status: "succeeded" | "failed"; at: Date } | undefined,
  ) => {
    if (!completion || !inDay(completion.at)) return;
    const fee = completion.status === "succeeded" ? settlementFee(fees, kind, amount) : 0n;
    records.push({ kind, reference, bankRef, amount, fee, status: completion.status, at: completion.at });
  };
  for (const r of state.refunds.values()) {
    completed("refund", r.refundId, r.bankRefundId, r.amount, r.completion);
  }
  for (const p of state.payouts.values()) {
    completed("payout", p.payoutId, p.bankPayoutId, p.amount, p.completion);
  }
  return sortByReference(records);
}

/** Code-unit order, which for the ASCII references the gateway uses is byte order. */
export function sortByReference(records: SettlementRecord[]): SettlementRecord[] {
  return records.sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
}

export interface Tally {
  count: number;
  amount: bigint;
  fee: bigint;
}

/** Passes the records through while counting them and summing amounts and fees for the trailer. */
export function* tallied(records: Iterable<SettlementRecord>, tally: Tally): Generator<SettlementRecord> {
  for (const record of records) {
    tally.count += 1;
    tally.amount += record.amount;
    tally.fee += record.fee;
    yield record;
  }
}

/** One bank's file layout. The signed part comes first; the signature closes the file. */
export interface SettlementFormat {
  contentType: string;
  /** The signed text, in lines that each end with "\n": header, one line per record, trailer. */
  signedLines(input: { date: string; records: Iterable<SettlementRecord> }): Iterable<string>;
  /** The end of the file: the signature over every byte before it. */
  end(signature: string): string;
}

export interface IncrementalSigner {
  update(text: string): void;
  /** Base64 RSA-SHA256 over everything passed to update. */
  sign(): string;
}

/** The file as chunks of about `chunkBytes`, signed as it is written, so any size streams in flat memory. */
export function* signedSettlementFile(
  format: SettlementFormat,
  input: { date: string; records: Iterable<SettlementRecord> },
  signer: IncrementalSigner,
  chunkBytes = 64 * 1024,
): Generator<string> {
  let pending = "";
  for (const line of format.signedLines(input)) {
    pending += line;
    if (pending.length >= chunkBytes) {
      signer.update(pending);
      yield pending;
      pending = "";
    }
  }
  signer.update(pending);
  yield pending + format.end(signer.sign());
}
