import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { csvLine } from "@/lib/statements/statement-csv";
import { textStream } from "@/lib/statements/text-stream";
import { monthBounds } from "./commission-month";
import {
  accrualsBookedIn,
  commissionMonths,
  emptyMonth,
  type CommissionMonth,
  type Range,
} from "./commission-movements";

export const COMMISSION_COLUMNS = [
  "accrued_at",
  "merchant_id",
  "merchant_name",
  "payment_id",
  "order_id",
  "payment_amount",
  "fee",
  "share_bps",
  "commission",
  "status",
  "payout_id",
] as const;

/**
 * Where a commission stands now: waiting for its payout (`accrued`), taken back by a reversal, paid,
 * with the bank (`payout_processing`), or sent in a payout the bank refused and waiting for the next
 * one (`payout_failed`).
 */
export type AccrualStatus = "accrued" | "reversed" | "paid" | "payout_processing" | "payout_failed";

type StatementRow = {
  id: string;
  accruedAt: Date;
  merchantId: string;
  merchantName: string;
  paymentId: string;
  orderId: string | null;
  paymentAmount: bigint | null;
  fee: bigint;
  shareBps: number;
  amount: bigint;
  status: AccrualStatus;
  payoutId: string | null;
};

export const COMMISSION_STATEMENT_BATCH = 2_000;

/** The last row of the previous batch: the next one starts after it. */
type Keyset = { at: Date; id: string };

/**
 * One batch of the month's accruals (those whose payment the ledger booked in [start, end)) after
 * (accruedAt, id), keyset-paged on the (agentId, accruedAt) index. A commission released by a refused
 * payout names that payout until a later one takes it.
 */
function readBatch(
  db: Db,
  options: { agentId: string; range: Range; after: Keyset | null; limit: number },
): Promise<StatementRow[]> {
  const { agentId, range, after, limit } = options;
  const keyset = after ? Prisma.sql`WHERE (a."accruedAt", a.id) > (${after.at}, ${after.id})` : Prisma.empty;
  return db.$queryRaw<StatementRow[]>`
    SELECT a.id, a."accruedAt", a."merchantId", m.name AS "merchantName", a."paymentId",
           p."orderId", p.amount AS "paymentAmount", a.fee, a."shareBps", a.amount,
           CASE
             WHEN a."reversedAt" IS NOT NULL THEN 'reversed'
             WHEN po.status = 'PAID' THEN 'paid'
             WHEN po.status = 'PROCESSING' THEN 'payout_processing'
             WHEN a."failedPayoutId" IS NOT NULL THEN 'payout_failed'
             ELSE 'accrued'
           END AS status,
           CASE WHEN a."reversedAt" IS NULL THEN COALESCE(a."payoutId", a."failedPayoutId") END AS "payoutId"
      FROM ${accrualsBookedIn(agentId, range)} a
      JOIN merchants m ON m.id = a."merchantId"
      LEFT JOIN payments p ON p.id = a."paymentId"
      LEFT JOIN commission_payouts po ON po.id = a."payoutId"
     ${keyset}
     ORDER BY a."accruedAt", a.id
     LIMIT ${limit}`;
}

function accrualLine(row: StatementRow): string {
  return csvLine([
    row.accruedAt.toISOString(),
    row.merchantId,
    row.merchantName,
    row.paymentId,
    row.orderId ?? "",
    row.paymentAmount === null ? "" : row.paymentAmount.toString(),
    row.fee.toString(),
    String(row.shareBps),
    row.amount.toString(),
    row.status,
    row.payoutId ?? "",
  ]);
}

/** A closing line: its label in the first column, fen (signed as they moved the account) in `commission`. */
function totalLine(label: string, commission: bigint, fee = ""): string {
  return csvLine([label, "", "", "", "", "", fee, "", commission.toString(), "", ""]);
}

/**
 * The closing lines. `total_accrued` is the sum of the rows above; with the commissions reversed, paid
 * out and returned by refused payouts that month (whatever month they accrued in), `net_movement` is
 * what the ledger moved on the agent's commissions account over the month.
 */
export function totalLines(month: CommissionMonth): string {
  return [
    totalLine("total_accrued", month.accrued, month.fees.toString()),
    totalLine("total_reversed", -month.reversed),
    totalLine("total_paid_out", -month.paidOut),
    totalLine("total_payout_failed", month.returned),
    totalLine("net_movement", month.net),
  ].join("");
}

export type CommissionStatementOptions = {
  agentId: string;
  /** "YYYY-MM", Asia/Shanghai, validated by the caller. */
  month: string;
  batchSize?: number;
};

/**
 * An agent's commission statement for a Shanghai month as CSV chunks, amounts in fen: the header, one
 * line per commission the ledger booked in the month (with where it stands now), a batch at a time,
 * then the closing lines (totalLines).
 */
export async function* commissionStatementChunks(
  db: Db,
  options: CommissionStatementOptions,
): AsyncGenerator<string> {
  const range = monthBounds(options.month);
  const limit = options.batchSize ?? COMMISSION_STATEMENT_BATCH;
  yield csvLine(COMMISSION_COLUMNS);
  let after: Keyset | null = null;
  for (;;) {
    const batch = await readBatch(db, { agentId: options.agentId, range, after, limit });
    const last = batch.at(-1);
    if (last) yield batch.map(accrualLine).join("");
    if (!last || batch.length < limit) break;
    after = { at: last.accruedAt, id: last.id };
  }
  const [month] = await commissionMonths(db, options.agentId, range);
  yield totalLines(month ?? emptyMonth(options.month));
}

/**
 * The statement as a byte stream for a download: a batch is read when the reader asks for more, so
 * memory stays one batch deep however many payments the agent's merchants took.
 */
export function streamCommissionStatement(
  db: Db,
  options: CommissionStatementOptions,
): ReadableStream<Uint8Array> {
  return textStream(commissionStatementChunks(db, options));
}

/** The whole statement as one text (tests, small months). */
export async function commissionStatementCsv(db: Db, options: CommissionStatementOptions): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of commissionStatementChunks(db, options)) parts.push(chunk);
  return parts.join("");
}
