import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { WITHDRAWAL_FAILED_EVENT } from "@/lib/withdrawals/withdrawal-jobs";
import { COMMISSION_PAID_EVENT } from "./pay-agent-commissions";

/**
 * What moved an agent's commissions account in a Shanghai month, in fen. Each movement counts in the
 * month the ledger booked it: a commission with its payment's entry, a reversal with its entry, a payout
 * when it was sent, a refused payout when the bank's refusal put it back.
 */
export type CommissionMonth = {
  month: string;
  /** Payments whose fee earned a commission, and those fees. */
  payments: number;
  fees: bigint;
  accrued: bigint;
  /** Commissions taken back by reconciliation reversals (of this month's payments or earlier ones). */
  reversed: bigint;
  /** Sent to the agent's bank (whatever the bank said since). */
  paidOut: bigint;
  /** Payouts the bank refused, back in the account to be paid with a later month. */
  returned: bigint;
  /** accrued − reversed − paidOut + returned: the account's movement over the month. */
  net: bigint;
};

export type Range = { start: Date; end: Date };

const EVER: Range = { start: new Date("1970-01-01T00:00:00Z"), end: new Date("9999-01-01T00:00:00Z") };
const PAYMENT_SUCCEEDED_EVENT = "payment.succeeded";
/** Far more than a payment's transaction lasts between its accruedAt and its ledger entry. */
const BOOKING_SLACK_MS = 24 * 60 * 60_000;

/**
 * An agent's accruals whose payment's ledger entry was booked in [start, end), as a subquery with the
 * entry's time as `bookedAt`. The entry is written a few milliseconds after `accruedAt` in the same
 * transaction, so near midnight at a month's end the two may fall in different months: the entry
 * decides, as the account's movement does, and the (agentId, accruedAt) index narrows the search to
 * the range and a day either side.
 */
export function accrualsBookedIn(agentId: string, range: Range): Prisma.Sql {
  const from = new Date(range.start.getTime() - BOOKING_SLACK_MS);
  const to = new Date(range.end.getTime() + BOOKING_SLACK_MS);
  return Prisma.sql`(
    SELECT a.*, pe."createdAt" AS "bookedAt"
      FROM commission_accruals a
      JOIN journal_entries pe ON pe."eventType" = ${PAYMENT_SUCCEEDED_EVENT} AND pe."eventId" = a."paymentId"
     WHERE a."agentId" = ${agentId} AND a."accruedAt" >= ${from} AND a."accruedAt" < ${to}
       AND pe."createdAt" >= ${range.start} AND pe."createdAt" < ${range.end}
  )`;
}

type Row = { month: string; kind: string; count: bigint; fees: bigint; amount: bigint };

/**
 * An agent's commissions month by month, newest first, optionally within [start, end). Every figure is
 * placed at the time of its ledger entry on the agent's commissions account, so that a month's `net`
 * equals the ledger's movement of that account over the month.
 */
export async function commissionMonths(
  db: Db,
  agentId: string,
  range: Range = EVER,
): Promise<CommissionMonth[]> {
  const { start, end } = range;
  // Timestamps are stored as UTC without a zone; "+ 8 hours" is Shanghai's fixed offset (shanghai-day.ts).
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char(m.at + interval '8 hours', 'YYYY-MM') AS month, m.kind,
           COUNT(*)::bigint AS count, SUM(m.fee)::bigint AS fees, SUM(m.amount)::bigint AS amount
    FROM (
      SELECT 'accrued' AS kind, a."bookedAt" AS at, a.fee, a.amount FROM ${accrualsBookedIn(agentId, range)} a
      UNION ALL
      -- The payment's reversedAt is its reversal entry's own time.
      SELECT 'reversed', COALESCE(p."reversedAt", a."reversedAt"), 0, a.amount
        FROM commission_accruals a JOIN payments p ON p.id = a."paymentId"
       WHERE a."agentId" = ${agentId} AND a."reversedAt" IS NOT NULL
         AND COALESCE(p."reversedAt", a."reversedAt") >= ${start}
         AND COALESCE(p."reversedAt", a."reversedAt") < ${end}
      UNION ALL
      SELECT 'paid_out', e."createdAt", 0, po.amount
        FROM commission_payouts po
        JOIN journal_entries e ON e."eventType" = ${COMMISSION_PAID_EVENT} AND e."eventId" = po.id
       WHERE po."agentId" = ${agentId} AND e."createdAt" >= ${start} AND e."createdAt" < ${end}
      UNION ALL
      SELECT 'returned', e."createdAt", 0, po.amount
        FROM commission_payouts po
        JOIN journal_entries e ON e."eventType" = ${WITHDRAWAL_FAILED_EVENT} AND e."eventId" = po."withdrawalId"
       WHERE po."agentId" = ${agentId} AND e."createdAt" >= ${start} AND e."createdAt" < ${end}
    ) m
    GROUP BY 1, 2`;
  const months = new Map<string, CommissionMonth>();
  for (const row of rows) {
    const month = months.get(row.month) ?? emptyMonth(row.month);
    if (row.kind === "accrued") {
      month.payments = Number(row.count);
      month.fees = row.fees;
      month.accrued = row.amount;
    } else if (row.kind === "reversed") month.reversed = row.amount;
    else if (row.kind === "paid_out") month.paidOut = row.amount;
    else month.returned = row.amount;
    month.net = month.accrued - month.reversed - month.paidOut + month.returned;
    months.set(row.month, month);
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? 1 : -1));
}

export function emptyMonth(month: string): CommissionMonth {
  return { month, payments: 0, fees: 0n, accrued: 0n, reversed: 0n, paidOut: 0n, returned: 0n, net: 0n };
}
