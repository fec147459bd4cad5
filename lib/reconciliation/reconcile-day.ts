import {
  expectedSettlementFee,
  type BankFeeRule,
  type SettlementKind,
  type SettlementLine,
} from "@/lib/banks";
import { AppError } from "@/lib/errors";
import { addDays, startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import {
  MISMATCH_KINDS,
  type GatewayRecord,
  type Mismatch,
  type MismatchKind,
  type ReconciliationResult,
  type Totals,
} from "./types";

export type ReconcileDayInput = {
  bankCode: string;
  /** The business day, YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  /** The bank's lines, in strictly ascending reference order (code-unit order, i.e. byte order). */
  lines: AsyncIterable<SettlementLine>;
  /**
   * The bank's lines of the day before, in the same order: only looked up for the gateway's records
   * near this day's start. None (the bank's first day) is an empty file.
   */
  previousDayLines?: AsyncIterable<SettlementLine>;
  /**
   * The gateway's records of the same bank and day, in the same order, and those of the last and first
   * MIDNIGHT_WINDOW_MS of the days either side (readGatewayRecords with marginMs).
   */
  gatewayRecords: AsyncIterable<GatewayRecord>;
  fees: BankFeeRule;
  /** Called for each mismatch, in reference order; awaited, so a slow consumer slows the merge down. */
  onMismatch: (mismatch: Mismatch) => void | Promise<void>;
};

/**
 * How far from midnight the bank and the gateway may disagree on a movement's day. The gateway dates a
 * movement when it records the bank's answer, the bank when it decided: an approval at 23:59:59.9 bank
 * time can be recorded at 00:00:00.2, so the bank's file of one day holds what the gateway booked on
 * the next (or the other way round).
 */
export const MIDNIGHT_WINDOW_MS = 5 * 60_000;

const CHECKED: ReadonlySet<SettlementKind> = new Set(["payment", "refund"]);

/**
 * Reconciles one bank's day: a merge-join of the bank's file with the gateway's records, both sorted by
 * reference, in one pass and flat memory (one line and one record in hand), whatever the size of the
 * day. Every reference on one side only is missing on the other; a reference on both sides is compared
 * on status and amount and, when both agree, on fee: a bank's fee follows from status and amount, so
 * when either differs the fee is left in the evidence (expectedFee) rather than reported again.
 * Either side out of order is refused (nothing can be concluded from an unsorted merge).
 *
 * Midnight: a movement the gateway recorded within MIDNIGHT_WINDOW_MS of a midnight may be on either
 * day's file, and the run of the later day decides. So this day's lines also match the gateway's
 * records of the window before and after the day; a record near this day's start that is on neither
 * this file nor the day before's (read alongside, in the same order) is missing at the bank; one near
 * this day's end that is not on this file is left to the next day's run, which has both files. A
 * movement near a midnight is judged once, and one the two sides put on different days is no case.
 */
export async function reconcileDay(input: ReconcileDayInput): Promise<ReconciliationResult> {
  const { fees } = input;
  const result = emptyResult(input.bankCode, input.date);
  const dayStart = startOfShanghaiDay(input.date).getTime();
  const dayEnd = startOfShanghaiDay(addDays(input.date, 1)).getTime();
  const nearStart = (record: GatewayRecord) => record.at.getTime() < dayStart + MIDNIGHT_WINDOW_MS;
  const nearEnd = (record: GatewayRecord) => record.at.getTime() >= dayEnd - MIDNIGHT_WINDOW_MS;
  const ofNeighbour = (record: GatewayRecord) =>
    record.at.getTime() < dayStart || record.at.getTime() >= dayEnd;
  const report = async (
    kind: MismatchKind,
    reference: string,
    bank: SettlementLine | null,
    gateway: GatewayRecord | null,
  ) => {
    result.mismatches[kind] += 1;
    const expectedFee = gateway ? expectedSettlementFee(fees, gateway) : null;
    await input.onMismatch({ kind, reference, bank, gateway, expectedFee });
  };
  // A record the gateway weighs against this file: matched here or reported missing here.
  const count = (record: GatewayRecord) =>
    add(result.gateway[record.kind], record.amount, expectedSettlementFee(fees, record));

  const bankSide = bankLines(input.lines, result);
  const previousSide = checkedLines(
    input.previousDayLines ?? noLines(),
    "the bank's previous settlement file",
  );
  const gatewaySide = strictlyAscending(input.gatewayRecords, "the gateway's records", "internal_error");
  let previous: IteratorResult<SettlementLine> | undefined;
  // Records are looked up in ascending reference order, so the day before's file only moves forward.
  const onPreviousFile = async (record: GatewayRecord): Promise<boolean> => {
    previous ??= await previousSide.next();
    while (!previous.done && previous.value.reference < record.reference) {
      previous = await previousSide.next();
    }
    return (
      !previous.done && previous.value.reference === record.reference && previous.value.kind === record.kind
    );
  };
  // A record on this file's side only. Those the gateway dated on a neighbouring day are that day's
  // ordinary business unless missing from both files; only this day's own crossings are tallied.
  const unmatched = async (record: GatewayRecord) => {
    if (nearEnd(record)) {
      if (!ofNeighbour(record)) result.midnight.leftToNextDay += 1;
    } else if (nearStart(record) && (await onPreviousFile(record))) {
      if (!ofNeighbour(record)) result.midnight.onPreviousFile += 1;
    } else {
      count(record);
      await report("missing_at_bank", record.reference, null, record);
    }
  };

  let line = await bankSide.next();
  let record = await gatewaySide.next();
  while (!line.done || !record.done) {
    if (!line.done && (record.done || line.value.reference < record.value.reference)) {
      await report("missing_at_gateway", line.value.reference, line.value, null);
      line = await bankSide.next();
    } else if (!record.done && (line.done || record.value.reference < line.value.reference)) {
      await unmatched(record.value);
      record = await gatewaySide.next();
    } else if (!line.done && !record.done) {
      const [bank, gateway] = [line.value, record.value];
      if (bank.kind !== gateway.kind) {
        // The same reference for two kinds of movement: neither side has the other's.
        await report("missing_at_gateway", bank.reference, bank, null);
        await unmatched(gateway);
      } else if (nearStart(gateway) && (await onPreviousFile(gateway))) {
        // On the day before's file as well, which that day's run checked it against: the bank has it twice.
        await report("missing_at_gateway", bank.reference, bank, null);
      } else {
        count(gateway);
        if (ofNeighbour(gateway)) result.midnight.matchedAcross += 1;
        const statusDiffers = bank.status !== gateway.status;
        const amountDiffers = bank.amount !== gateway.amount;
        if (statusDiffers) await report("status_differs", bank.reference, bank, gateway);
        if (amountDiffers) await report("amount_differs", bank.reference, bank, gateway);
        if (statusDiffers || amountDiffers) {
          // The fee follows from status and amount: its difference is in the evidence, not a case.
        } else if (bank.fee !== expectedSettlementFee(fees, gateway)) {
          await report("fee_differs", bank.reference, bank, gateway);
        } else {
          result.matched += 1;
        }
      }
      line = await bankSide.next();
      record = await gatewaySide.next();
    }
  }
  // The rest of the day before's file is not needed: stop reading it.
  await previousSide.return(undefined);
  return result;
}

/** The bank's lines the gateway can check, tallied; other kinds (payouts) are tallied as unchecked. */
async function* bankLines(
  lines: AsyncIterable<SettlementLine>,
  result: ReconciliationResult,
): AsyncGenerator<SettlementLine> {
  for await (const line of strictlyAscending(lines, "the bank's settlement file", "invalid_request")) {
    add(result.bank[line.kind], line.amount, line.fee);
    if (CHECKED.has(line.kind)) yield line;
    else add(result.unchecked, line.amount, line.fee);
  }
}

/** The lines of another day's file that the gateway can check, in order, not tallied. */
async function* checkedLines(
  lines: AsyncIterable<SettlementLine>,
  what: string,
): AsyncGenerator<SettlementLine> {
  for await (const line of strictlyAscending(lines, what, "invalid_request")) {
    if (CHECKED.has(line.kind)) yield line;
  }
}

async function* noLines(): AsyncGenerator<SettlementLine> {}

async function* strictlyAscending<T extends { reference: string }>(
  items: AsyncIterable<T>,
  what: string,
  code: "invalid_request" | "internal_error",
): AsyncGenerator<T> {
  let previous: string | undefined;
  for await (const item of items) {
    if (previous !== undefined && !(item.reference > previous)) {
      throw new AppError(code, `${what} is not in strictly ascending reference order at ${item.reference}`);
    }
    previous = item.reference;
    yield item;
  }
}

const totals = (): Totals => ({ count: 0, amount: 0n, fee: 0n });

function add(into: Totals, amount: bigint, fee: bigint): void {
  into.count += 1;
  into.amount += amount;
  into.fee += fee;
}

function emptyResult(bankCode: string, date: string): ReconciliationResult {
  return {
    bankCode,
    date,
    bank: { payment: totals(), refund: totals(), payout: totals() },
    gateway: { payment: totals(), refund: totals() },
    matched: 0,
    unchecked: totals(),
    midnight: { matchedAcross: 0, onPreviousFile: 0, leftToNextDay: 0 },
    mismatches: Object.fromEntries(MISMATCH_KINDS.map((kind) => [kind, 0])) as Record<MismatchKind, number>,
  };
}
