// The verdicts that depend on other rows of the file, decided in SQL over the rows already stored, so
// an upload keeps nothing per row or per payment in memory. Every statement here reads one table, or
// looks payments up by id: this batch's rows were inserted by this very transaction, unknown to the
// planner's statistics (a fresh table has none), and a join planned on a guess of ten rows where there
// are fifty thousand runs for minutes. So results come back through a cursor a page at a time, and go
// back as constant lists of row numbers, which the (batchId, rowNumber) index finds whatever the guess.
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { VALIDATION_CHUNK_ROWS } from "./batch-limits";
import { beyondRefundableMessage } from "./batch-validator";
import type { BatchVerdict } from "./batch-verdicts";
import { TEXT_VERDICTS } from "./check-row-text";

/** Rows per FETCH, and so at most per statement writing them back (see VALIDATION_CHUNK_ROWS). */
const ROWS_PER_FETCH = VALIDATION_CHUNK_ROWS;
/**
 * Unknown order ids looked up among other merchants' payments per statement: each statement scans the
 * payments once (they have no index on the order id alone), so pages are large; most files need one.
 */
const UNKNOWN_ORDERS_PER_SCAN = 5_000;

/** Runs `query` as a cursor and hands its rows to `each` a page at a time. */
async function eachPage<T>(
  tx: Tx,
  name: "refund_batch_duplicates" | "refund_batch_claims",
  query: Prisma.Sql,
  each: (page: T[]) => Promise<void>,
): Promise<void> {
  const cursor = Prisma.raw(`"${name}"`);
  await tx.$executeRaw`DECLARE ${cursor} NO SCROLL CURSOR FOR ${query}`;
  for (;;) {
    const page = await tx.$queryRaw<T[]>`FETCH ${Prisma.raw(String(ROWS_PER_FETCH))} FROM ${cursor}`;
    if (page.length) await each(page);
    if (page.length < ROWS_PER_FETCH) break;
  }
  await tx.$executeRaw`CLOSE ${cursor}`;
}

/**
 * The same order, amount and refund id as an earlier row is a duplicate row (most often a line pasted
 * twice); a refund id an earlier row already names is a duplicate id. Rows whose own text is wrong are
 * nobody's duplicate. A duplicate is not looked at further, so what the database said of it goes.
 * Keys are compared byte by byte (COLLATE "C"): the same equality as the column's own collation, which
 * is deterministic, for a cheaper sort.
 */
async function markDuplicateRows(tx: Tx, batchId: string): Promise<void> {
  type Duplicate = { rowNumber: number; verdict: "duplicate_row" | "duplicate_refund_id" };
  const duplicates = Prisma.sql`
    SELECT "rowNumber", "verdict"
      FROM (SELECT "rowNumber",
                   CASE WHEN row_number() OVER (PARTITION BY "orderId" COLLATE "C", "amount",
                                                             "refundIdText" COLLATE "C"
                                                    ORDER BY "rowNumber") > 1 THEN 'duplicate_row'
                        WHEN "refundIdText" IS NOT NULL
                         AND row_number() OVER (PARTITION BY "refundIdText" COLLATE "C"
                                                    ORDER BY "rowNumber") > 1 THEN 'duplicate_refund_id'
                   END AS "verdict"
              FROM "refund_batch_rows"
             WHERE "batchId" = ${batchId} AND "verdict" <> ALL(${[...TEXT_VERDICTS]}::text[])) d
     WHERE "verdict" IS NOT NULL`;
  await eachPage<Duplicate>(tx, "refund_batch_duplicates", duplicates, async (page) => {
    for (const verdict of ["duplicate_row", "duplicate_refund_id"] as const) {
      const rows = page.filter((row) => row.verdict === verdict).map((row) => row.rowNumber);
      if (!rows.length) continue;
      await tx.$executeRaw`
        UPDATE "refund_batch_rows"
           SET "verdict" = ${verdict}, "message" = NULL, "paymentId" = NULL, "refundRecordId" = NULL
         WHERE "batchId" = ${batchId} AND "rowNumber" = ANY(${rows}::int[])`;
    }
  });
}

/**
 * Unknown orders that another merchant has get the clearer verdict: "not yours". A page of the ids at
 * a time is looked up as a constant list (hashed), so the payments are scanned once per page. Order
 * ids that reached the database match ORDER_ID_PATTERN: no commas.
 */
async function markOtherMerchantsOrders(tx: Tx, batch: { id: string; merchantId: string }): Promise<void> {
  let after = "";
  for (;;) {
    const page = await tx.$queryRaw<{ orderId: string }[]>`
      SELECT DISTINCT "orderId" FROM "refund_batch_rows"
       WHERE "batchId" = ${batch.id} AND "verdict" = 'unknown_order' AND "orderId" > ${after}
       ORDER BY "orderId" LIMIT ${UNKNOWN_ORDERS_PER_SCAN}`;
    const last = page.at(-1);
    if (!last) return;
    const theirs = await tx.$queryRaw<{ orderId: string }[]>`
      SELECT DISTINCT "orderId" FROM "payments"
       WHERE "orderId" = ANY(string_to_array(${page.map((row) => row.orderId).join(",")}, ','))
         AND "merchantId" <> ${batch.merchantId}`;
    if (theirs.length) {
      await tx.$executeRaw`
        UPDATE "refund_batch_rows" SET "verdict" = 'other_merchant'
         WHERE "batchId" = ${batch.id} AND "verdict" = 'unknown_order'
           AND "orderId" = ANY(string_to_array(${theirs.map((row) => row.orderId).join(",")}, ','))`;
    }
    if (page.length < UNKNOWN_ORDERS_PER_SCAN) return;
    after = last.orderId;
  }
}

type Claim = {
  paymentId: string;
  rowNumber: number;
  amount: bigint;
  verdict: string;
  message: string | null;
  before: bigint;
  left: bigint;
};

/**
 * Rows asking for more than is left of their payment once the earlier rows of the file that fit are
 * counted: the later row is refused, and a refused row counts for nothing, so a smaller row after it
 * may still fit. Each row was stored judged alone (checkChunk), which stands when no other row asks of
 * its payment. For the others, the database sums each payment's rows in file order (a window): while
 * every row so far fits, that sum is exactly what they ask, so rows that all fit never leave the
 * database. From a payment's first row that does not fit (or was refused alone: what is left can have
 * grown since, if a refund failed), its rows come back in order and are walked here with that one
 * payment's running total, because which later rows fit depends on which earlier ones were refused,
 * and no window sum says that.
 */
async function markRowsBeyondRefundable(tx: Tx, batchId: string): Promise<void> {
  const claims = Prisma.sql`
    SELECT a."paymentId", a."rowNumber", a."amount", a."verdict", a."message", a."before",
           p."amount" - p."amountRefunded" AS "left"
      FROM (SELECT "paymentId", "rowNumber", "amount", "verdict", "message",
                   count(*) OVER (PARTITION BY "paymentId" COLLATE "C") AS "rows",
                   coalesce(sum("amount") OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::bigint
                     AS "before",
                   bool_or("verdict" <> 'ok') OVER w AS "refusedSoFar"
              FROM "refund_batch_rows"
             WHERE "batchId" = ${batchId} AND "verdict" IN ('ok', 'amount_exceeds_refundable')
            WINDOW w AS (PARTITION BY "paymentId" COLLATE "C" ORDER BY "rowNumber")) a
      JOIN "payments" p ON p."id" = a."paymentId"
     WHERE a."rows" > 1 AND (a."before" + a."amount" > p."amount" - p."amountRefunded" OR a."refusedSoFar")
     ORDER BY a."paymentId" COLLATE "C", a."rowNumber"`;
  let paymentId: string | null = null;
  let claimed = 0n;
  await eachPage<Claim>(tx, "refund_batch_claims", claims, async (page) => {
    const changed: { rowNumber: number; verdict: BatchVerdict; message: string | null }[] = [];
    for (const row of page) {
      // A payment's first row here is its first that does not fit: every row before it is ok.
      if (row.paymentId !== paymentId) [paymentId, claimed] = [row.paymentId, row.before];
      const left = row.left - claimed;
      const fits = row.amount <= left;
      const verdict = fits ? "ok" : "amount_exceeds_refundable";
      const message = fits ? null : beyondRefundableMessage(left, claimed > 0n);
      if (fits) claimed += row.amount;
      if (verdict !== row.verdict || message !== row.message)
        changed.push({ rowNumber: row.rowNumber, verdict, message });
    }
    if (!changed.length) return;
    const numbers = changed.map((row) => row.rowNumber);
    await tx.$executeRaw`
      UPDATE "refund_batch_rows"
         SET "verdict" = (${changed.map((row) => row.verdict)}::text[])[array_position(${numbers}::int[], "rowNumber")],
             "message" = (${changed.map((row) => row.message)}::text[])[array_position(${numbers}::int[], "rowNumber")]
       WHERE "batchId" = ${batchId} AND "rowNumber" = ANY(${numbers}::int[])`;
  });
}

/**
 * In this order: duplicates first (a duplicate is not another merchant's order and asks for nothing),
 * then unknown orders, then what is left to refund.
 */
export async function markFileWideVerdicts(tx: Tx, batch: { id: string; merchantId: string }): Promise<void> {
  await markDuplicateRows(tx, batch.id);
  await markOtherMerchantsOrders(tx, batch);
  await markRowsBeyondRefundable(tx, batch.id);
}
