import type { Db } from "@/lib/db";
import { paymentRules } from "@/lib/payments";
import { REVERSED_PAYMENTS, reversalBookedIn } from "./payment-reversals";
import type { StatementRow } from "./statement-csv";
import type { StatementPeriod } from "./statement-period";

export type ReadStatementRowsOptions = {
  merchantId: string;
  period: StatementPeriod;
  /** Rows per query; a big merchant's day (100k payments) is read a batch at a time. */
  batchSize?: number;
};

type Cursor = { completedAt: Date; rowId: string };

type RawRow = Omit<StatementRow, "type" | "status" | "net"> & { type: string };

export const STATEMENT_BATCH_SIZE = 5000;

/**
 * One batch of a period's rows after `cursor`, ordered by (completed_at, id): succeeded payments by
 * paidAt, completed refunds by completedAt, reversals by the time their entry was booked. Keyset paging
 * keeps every batch a bounded index range instead of an ever-growing OFFSET. A payment is paid before
 * it expires, so it was created at most MAX_EXPIRY_MS before it was paid: that bound lets the
 * (merchantId, status, createdAt) index limit the scan for merchants with long histories. Until
 * payments have an index on (merchantId, paidAt), each batch still reads that 30-day window (a
 * 100,000-payment day in 600,000 payments: about 8 s at 5,000 a batch, against about 3 s with the
 * index), hence batches of a few thousand rows. Reversals are rare: they are found from the ledger's
 * reversal entries of the period, whoever the merchant.
 */
async function readBatch(
  db: Db,
  options: { merchantId: string; period: StatementPeriod; after: Cursor; limit: number },
): Promise<RawRow[]> {
  const { merchantId, period, after, limit } = options;
  const createdFrom = new Date(period.from.getTime() - paymentRules.MAX_EXPIRY_MS);
  return db.$queryRaw<RawRow[]>`
    SELECT * FROM (
      (SELECT 'payment' AS "type", p."orderId", NULL::text AS "refundId", p.id AS "paymentId", p.id AS "rowId",
              p.amount, p.fee, p.currency, lower(p.method::text) AS "method",
              p."createdAt", p."paidAt" AS "completedAt"
         FROM payments p
        WHERE p."merchantId" = ${merchantId} AND p.status = 'SUCCEEDED'
          AND p."paidAt" >= ${period.from} AND p."paidAt" < ${period.to}
          AND p."createdAt" >= ${createdFrom}
          AND (p."paidAt", p.id) > (${after.completedAt}, ${after.rowId})
        ORDER BY p."paidAt", p.id
        LIMIT ${limit})
      UNION ALL
      (SELECT 'refund' AS "type", p."orderId", r."refundId", r."paymentId", r.id AS "rowId",
              -r.amount AS amount, 0::bigint AS fee, r.currency, lower(p.method::text) AS "method",
              r."createdAt", r."completedAt"
         FROM refunds r
         JOIN payments p ON p.id = r."paymentId"
        WHERE r."merchantId" = ${merchantId} AND r.status = 'SUCCEEDED'
          AND r."completedAt" >= ${period.from} AND r."completedAt" < ${period.to}
          AND (r."completedAt", r.id) > (${after.completedAt}, ${after.rowId})
        ORDER BY r."completedAt", r.id
        LIMIT ${limit})
      UNION ALL
      (SELECT 'reversal' AS "type", p."orderId", NULL::text AS "refundId", p.id AS "paymentId", e.id AS "rowId",
              -p.amount AS amount, -p.fee AS fee, p.currency, lower(p.method::text) AS "method",
              p."createdAt", e."createdAt" AS "completedAt"
         FROM ${REVERSED_PAYMENTS}
        WHERE p."merchantId" = ${merchantId} AND ${reversalBookedIn(period.from, period.to)}
          AND (e."createdAt", e.id) > (${after.completedAt}, ${after.rowId})
        ORDER BY e."createdAt", e.id
        LIMIT ${limit})
    ) statement
    ORDER BY "completedAt", "rowId"
    LIMIT ${limit}`;
}

function toRow(raw: RawRow): StatementRow {
  const type = raw.type === "refund" ? "refund" : "payment";
  const status = raw.type === "reversal" ? "reversed" : "succeeded";
  // The fee is not returned on refunds: a refund row takes its whole amount off the merchant. A
  // reversal negates its payment's row, fee included, so the two add up to nothing.
  return { ...raw, type, status, net: raw.amount - raw.fee };
}

/**
 * A merchant's statement rows for a period, in batches, in their final order: every payment that
 * succeeded, every refund that completed and every reversal booked within it. Amounts are fen; refund
 * and reversal rows are negative. A reversed payment keeps its row on the day it was paid (a past
 * statement never changes); its reversal is a row of the day the reversal was booked.
 */
export async function* readStatementRows(
  db: Db,
  options: ReadStatementRowsOptions,
): AsyncGenerator<StatementRow[]> {
  const limit = options.batchSize ?? STATEMENT_BATCH_SIZE;
  // Every row of the period sorts after this: its time is the period's start and any id is > "".
  let after: Cursor = { completedAt: options.period.from, rowId: "" };
  for (;;) {
    const batch = await readBatch(db, { ...options, after, limit });
    const last = batch.at(-1);
    if (!last) return;
    yield batch.map(toRow);
    if (batch.length < limit) return;
    after = { completedAt: last.completedAt, rowId: last.rowId };
  }
}
