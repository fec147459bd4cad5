import {
  expectedSettlementFee,
  type BankFeeRule,
  type SettlementKind,
  type SettlementLine,
} from "@/lib/banks";
import { AppError } from "@/lib/errors";
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
  /** The gateway's records of the same bank and day, in the same order. */
  gatewayRecords: AsyncIterable<GatewayRecord>;
  fees: BankFeeRule;
  /** Called for each mismatch, in reference order; awaited, so a slow consumer slows the merge down. */
  onMismatch: (mismatch: Mismatch) => void | Promise<void>;
};

const CHECKED: ReadonlySet<SettlementKind> = new Set(["payment", "refund"]);

/**
 * Reconciles one bank's day: a merge-join of the bank's file with the gateway's records, both sorted by
 * reference, in one pass and flat memory (one line and one record in hand), whatever the size of the
 * day. Every reference on one side only is missing on the other; a reference on both sides is compared
 * on status and amount and, when both agree, on fee: a bank's fee follows from status and amount, so
 * when either differs the fee is left in the evidence (expectedFee) rather than reported again.
 * Either side out of order is refused (nothing can be concluded from an unsorted merge).
 */
export async function reconcileDay(input: ReconcileDayInput): Promise<ReconciliationResult> {
  const { fees } = input;
  const result = emptyResult(input.bankCode, input.date);
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

  const bankSide = bankLines(input.lines, result);
  const gatewaySide = gatewayRecords(input.gatewayRecords, result, fees);
  let line = await bankSide.next();
  let record = await gatewaySide.next();
  while (!line.done || !record.done) {
    if (!line.done && (record.done || line.value.reference < record.value.reference)) {
      await report("missing_at_gateway", line.value.reference, line.value, null);
      line = await bankSide.next();
    } else if (!record.done && (line.done || record.value.reference < line.value.reference)) {
      await report("missing_at_bank", record.value.reference, null, record.value);
      record = await gatewaySide.next();
    } else if (!line.done && !record.done) {
      const [bank, gateway] = [line.value, record.value];
      if (bank.kind !== gateway.kind) {
        // The same reference for two kinds of movement: neither side has the other's.
        await report("missing_at_gateway", bank.reference, bank, null);
        await report("missing_at_bank", gateway.reference, null, gateway);
      } else {
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

async function* gatewayRecords(
  records: AsyncIterable<GatewayRecord>,
  result: ReconciliationResult,
  fees: BankFeeRule,
): AsyncGenerator<GatewayRecord> {
  for await (const record of strictlyAscending(records, "the gateway's records", "internal_error")) {
    add(result.gateway[record.kind], record.amount, expectedSettlementFee(fees, record));
    yield record;
  }
}

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
    mismatches: Object.fromEntries(MISMATCH_KINDS.map((kind) => [kind, 0])) as Record<MismatchKind, number>,
  };
}
