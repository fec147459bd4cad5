import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { REVERSED_PAYMENTS, reversalBookedIn } from "@/lib/statements/payment-reversals";
import { daysOfRange, type ReportGrouping, type ReportRange } from "./report-range";

// A payment reconciliation reversed (the bank never had it) is taken off on the day the reversal was
// booked, as the merchants' statements do: payment figures are what was paid less what was reversed.
export type ReportFigures = {
  /** Payments paid, less payments reversed. */
  paymentCount: number;
  /**
   * Fen, gross: what shoppers paid merchants (wallet top-ups are Paylane's own and left out), less the
   * amounts of payments reversed.
   */
  paymentAmount: bigint;
  /** Fen: the platform's fee income from those payments, less the fees given up on reversals. */
  fees: bigint;
  refundCount: number;
  /** Fen, positive: refunds completed (paid back to payers) in the range. */
  refundAmount: bigint;
  /** paymentAmount − fees − refundAmount: what the merchants' balances gained, as statements count it. */
  net: bigint;
  /** Reconciliation exceptions still OPEN whose bank business day falls in the range. */
  exceptionsOpen: number;
};

export type ReportRow = ReportFigures & {
  /** The Shanghai day, the bank code (or `wallet` / `prepaid_card`), or the merchant id; null: unattributed. */
  key: string | null;
  /** The merchant's name (merchant grouping only). */
  name: string | null;
};

export type Report = {
  range: ReportRange;
  grouping: ReportGrouping;
  rows: ReportRow[];
  totals: ReportFigures;
};

const ZERO: ReportFigures = {
  paymentCount: 0,
  paymentAmount: 0n,
  fees: 0n,
  refundCount: 0,
  refundAmount: 0n,
  net: 0n,
  exceptionsOpen: 0,
};

function add(a: ReportFigures, b: ReportFigures): ReportFigures {
  return {
    paymentCount: a.paymentCount + b.paymentCount,
    paymentAmount: a.paymentAmount + b.paymentAmount,
    fees: a.fees + b.fees,
    refundCount: a.refundCount + b.refundCount,
    refundAmount: a.refundAmount + b.refundAmount,
    net: a.net + b.net,
    exceptionsOpen: a.exceptionsOpen + b.exceptionsOpen,
  };
}

type Totals = { key: string | null; count: bigint; amount: bigint; fees: bigint };

// The group keys are fixed SQL chosen by the grouping, never text from the request. Timestamps are stored
// as UTC without a zone; "+ 8 hours" is Shanghai's fixed offset (lib/merchant-dashboard/shanghai-day.ts).
// A payment without a bank was paid from a wallet or a prepaid card: its method names the channel.
const PAYMENT_KEY: Record<ReportGrouping, Prisma.Sql> = {
  day: Prisma.sql`to_char(p."paidAt" + interval '8 hours', 'YYYY-MM-DD')`,
  bank: Prisma.sql`COALESCE(p."bankCode", lower(p.method::text))`,
  merchant: Prisma.sql`p."merchantId"`,
};
// A refund counts on the day it completed, for the channel its payment was paid through, so a bank's
// refunds sit beside that bank's takings.
const REFUND_KEY: Record<ReportGrouping, Prisma.Sql> = {
  day: Prisma.sql`to_char(r."completedAt" + interval '8 hours', 'YYYY-MM-DD')`,
  bank: Prisma.sql`COALESCE(p."bankCode", lower(p.method::text))`,
  merchant: Prisma.sql`r."merchantId"`,
};
// A reversal counts on the day it was booked, for the payment's channel and merchant.
const REVERSAL_KEY: Record<ReportGrouping, Prisma.Sql> = {
  day: Prisma.sql`to_char(e."createdAt" + interval '8 hours', 'YYYY-MM-DD')`,
  bank: PAYMENT_KEY.bank,
  merchant: PAYMENT_KEY.merchant,
};
const EXCEPTION_KEY: Record<ReportGrouping, Prisma.Sql> = {
  day: Prisma.sql`e."businessDay"`,
  bank: Prisma.sql`e."bankCode"`,
  merchant: Prisma.sql`COALESCE(p."merchantId", r."merchantId")`,
};

function paymentTotals(db: Db, range: ReportRange, grouping: ReportGrouping) {
  return db.$queryRaw<Totals[]>`
    SELECT ${PAYMENT_KEY[grouping]} AS key, COUNT(*)::bigint AS count,
           SUM(p.amount)::bigint AS amount, SUM(p.fee)::bigint AS fees
      FROM payments p
     WHERE p.status = 'SUCCEEDED' AND p."paidAt" >= ${range.from} AND p."paidAt" < ${range.to}
       AND p."topUpUserId" IS NULL
     GROUP BY 1`;
}

function refundTotals(db: Db, range: ReportRange, grouping: ReportGrouping) {
  // Only the bank grouping needs the payment (for its channel); the others read refunds alone.
  const join = grouping === "bank" ? Prisma.sql`JOIN payments p ON p.id = r."paymentId"` : Prisma.empty;
  return db.$queryRaw<Totals[]>`
    SELECT ${REFUND_KEY[grouping]} AS key, COUNT(*)::bigint AS count,
           SUM(r.amount)::bigint AS amount, 0::bigint AS fees
      FROM refunds r ${join}
     WHERE r.status = 'SUCCEEDED' AND r."completedAt" >= ${range.from} AND r."completedAt" < ${range.to}
     GROUP BY 1`;
}

function reversalTotals(db: Db, range: ReportRange, grouping: ReportGrouping) {
  return db.$queryRaw<Totals[]>`
    SELECT ${REVERSAL_KEY[grouping]} AS key, COUNT(*)::bigint AS count,
           SUM(p.amount)::bigint AS amount, SUM(p.fee)::bigint AS fees
      FROM ${REVERSED_PAYMENTS}
     WHERE ${reversalBookedIn(range.from, range.to)} AND p."topUpUserId" IS NULL
     GROUP BY 1`;
}

function exceptionTotals(db: Db, range: ReportRange, grouping: ReportGrouping) {
  // A case names the payment or the refund it is about (when the gateway has one): that is its merchant.
  const join =
    grouping === "merchant"
      ? Prisma.sql`LEFT JOIN payments p ON p.id = e."paymentId" LEFT JOIN refunds r ON r.id = e."refundId"`
      : Prisma.empty;
  return db.$queryRaw<Totals[]>`
    SELECT ${EXCEPTION_KEY[grouping]} AS key, COUNT(*)::bigint AS count, 0::bigint AS amount, 0::bigint AS fees
      FROM exception_cases e ${join}
     WHERE e.status = 'OPEN' AND e."businessDay" >= ${range.firstDay} AND e."businessDay" <= ${range.lastDay}
     GROUP BY 1`;
}

function byKey(rows: Totals[]): Map<string | null, Totals> {
  return new Map(rows.map((row) => [row.key, row]));
}

/**
 * The platform's figures over a range of Shanghai days, grouped by day (every day present), by bank
 * (the channel a payment was paid through) or by merchant: payments succeeded (by the day they were
 * paid) less payments reversed (by the day the reversal was booked), their fees, refunds completed (by
 * the day they completed) and open reconciliation exceptions.
 * Everything is summed in SQL, so the work stays in the database however many payments there are.
 */
export async function getReport(
  db: Db,
  options: { range: ReportRange; grouping: ReportGrouping },
): Promise<Report> {
  const { range, grouping } = options;
  const [payments, refunds, reversals, exceptions] = await Promise.all([
    paymentTotals(db, range, grouping),
    refundTotals(db, range, grouping),
    reversalTotals(db, range, grouping),
    exceptionTotals(db, range, grouping),
  ]);
  const paid = byKey(payments);
  const refunded = byKey(refunds);
  const reversed = byKey(reversals);
  const open = byKey(exceptions);
  const keys: (string | null)[] =
    grouping === "day"
      ? daysOfRange(range)
      : [...new Set([...paid.keys(), ...refunded.keys(), ...reversed.keys(), ...open.keys()])];
  const names = grouping === "merchant" ? await merchantNames(db, keys) : new Map<string, string>();
  const rows = keys.map((key): ReportRow => {
    const p = paid.get(key);
    const v = reversed.get(key);
    const paymentAmount = (p?.amount ?? 0n) - (v?.amount ?? 0n);
    const fees = (p?.fees ?? 0n) - (v?.fees ?? 0n);
    const refundAmount = refunded.get(key)?.amount ?? 0n;
    return {
      key,
      name: key === null ? null : (names.get(key) ?? null),
      paymentCount: Number((p?.count ?? 0n) - (v?.count ?? 0n)),
      paymentAmount,
      fees,
      refundCount: Number(refunded.get(key)?.count ?? 0n),
      refundAmount,
      net: paymentAmount - fees - refundAmount,
      exceptionsOpen: Number(open.get(key)?.count ?? 0n),
    };
  });
  if (grouping !== "day") rows.sort(largestFirst);
  return { range, grouping, rows, totals: rows.reduce<ReportFigures>(add, ZERO) };
}

/** Biggest volume first; ties (and the unattributed row) in a stable order. */
function largestFirst(a: ReportRow, b: ReportRow): number {
  if (a.paymentAmount !== b.paymentAmount) return a.paymentAmount > b.paymentAmount ? -1 : 1;
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}

async function merchantNames(db: Db, keys: (string | null)[]): Promise<Map<string, string>> {
  const ids = keys.filter((key): key is string => key !== null);
  const merchants = await db.merchant.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  return new Map(merchants.map((merchant) => [merchant.id, merchant.name]));
}
