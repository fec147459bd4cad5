import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { paymentRules } from "@/lib/payments";
import { REVERSED_PAYMENTS, reversalBookedIn } from "./payment-reversals";
import { daysOf, parseStatementMonth } from "./statement-period";

// A reversal (the bank never had the payment) counts against the day it was booked, as the statement's
// reversal row does: the payment figures are what was paid less what was reversed that day.
export type SummaryFigures = {
  /** Payments paid, less payments reversed. */
  paymentCount: number;
  /** Fen, gross: what shoppers paid, less the amounts of payments reversed. */
  paymentAmount: bigint;
  refundCount: number;
  /** Fen, positive: what went back to payers. */
  refundAmount: bigint;
  /** The payments' fees, less the fees given up on reversals. */
  fees: bigint;
  /** paymentAmount − fees − refundAmount: the sum of that day's statement `net` column. */
  net: bigint;
};

export type SummaryDay = SummaryFigures & { day: string };

export type MonthlySummary = { month: string; days: SummaryDay[]; totals: SummaryFigures };

type DayTotals = { day: string; count: bigint; amount: bigint; fees: bigint };

const ZERO: SummaryFigures = {
  paymentCount: 0,
  paymentAmount: 0n,
  refundCount: 0,
  refundAmount: 0n,
  fees: 0n,
  net: 0n,
};

function add(a: SummaryFigures, b: SummaryFigures): SummaryFigures {
  return {
    paymentCount: a.paymentCount + b.paymentCount,
    paymentAmount: a.paymentAmount + b.paymentAmount,
    refundCount: a.refundCount + b.refundCount,
    refundAmount: a.refundAmount + b.refundAmount,
    fees: a.fees + b.fees,
    net: a.net + b.net,
  };
}

/**
 * A merchant's month, day by day, counted exactly as the daily statements count (a payment on the
 * Shanghai day it was paid, a refund on the day it completed, a reversal on the day it was booked), so
 * a day's `net` equals the sum of its statement's `net` column. Days of the current month that have not
 * begun are left out.
 */
export async function getMonthlySummary(
  db: Db,
  options: { merchantId: string; month: string },
): Promise<MonthlySummary> {
  const period = parseStatementMonth(options.month, now());
  const { merchantId } = options;
  const createdFrom = new Date(period.from.getTime() - paymentRules.MAX_EXPIRY_MS);
  // Timestamps are stored as UTC without a zone; "+ 8 hours" is Shanghai's fixed offset (shanghai-day.ts).
  const [payments, refunds, reversals] = await Promise.all([
    db.$queryRaw<DayTotals[]>`
      SELECT to_char("paidAt" + interval '8 hours', 'YYYY-MM-DD') AS day, COUNT(*)::bigint AS count,
             SUM(amount)::bigint AS amount, SUM(fee)::bigint AS fees
        FROM payments
       WHERE "merchantId" = ${merchantId} AND status = 'SUCCEEDED'
         AND "paidAt" >= ${period.from} AND "paidAt" < ${period.to} AND "createdAt" >= ${createdFrom}
       GROUP BY 1`,
    db.$queryRaw<DayTotals[]>`
      SELECT to_char("completedAt" + interval '8 hours', 'YYYY-MM-DD') AS day, COUNT(*)::bigint AS count,
             SUM(amount)::bigint AS amount, 0::bigint AS fees
        FROM refunds
       WHERE "merchantId" = ${merchantId} AND status = 'SUCCEEDED'
         AND "completedAt" >= ${period.from} AND "completedAt" < ${period.to}
       GROUP BY 1`,
    db.$queryRaw<DayTotals[]>`
      SELECT to_char(e."createdAt" + interval '8 hours', 'YYYY-MM-DD') AS day, COUNT(*)::bigint AS count,
             SUM(p.amount)::bigint AS amount, SUM(p.fee)::bigint AS fees
        FROM ${REVERSED_PAYMENTS}
       WHERE p."merchantId" = ${merchantId} AND ${reversalBookedIn(period.from, period.to)}
       GROUP BY 1`,
  ]);
  const paid = new Map(payments.map((row) => [row.day, row]));
  const refunded = new Map(refunds.map((row) => [row.day, row]));
  const reversed = new Map(reversals.map((row) => [row.day, row]));
  const days = daysOf(period).map((day): SummaryDay => {
    const p = paid.get(day);
    const r = refunded.get(day);
    const v = reversed.get(day);
    const paymentAmount = (p?.amount ?? 0n) - (v?.amount ?? 0n);
    const refundAmount = r?.amount ?? 0n;
    const fees = (p?.fees ?? 0n) - (v?.fees ?? 0n);
    return {
      day,
      paymentCount: Number((p?.count ?? 0n) - (v?.count ?? 0n)),
      paymentAmount,
      refundCount: Number(r?.count ?? 0n),
      refundAmount,
      fees,
      net: paymentAmount - fees - refundAmount,
    };
  });
  return { month: options.month, days, totals: days.reduce<SummaryFigures>(add, ZERO) };
}
