import type { Db } from "@/lib/db";
import { addDays, startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import type { GatewayRecord } from "./types";

export type ReadGatewayRecordsOptions = {
  bankCode: string;
  /** The business day, YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  /** Rows per query. */
  batchSize?: number;
  /** Also the records of this much time before the day starts and after it ends (0 by default). */
  marginMs?: number;
};

export const GATEWAY_BATCH_SIZE = 10_000;

/**
 * What the gateway recorded at one bank on one Shanghai day (and `marginMs` either side of it), in
 * ascending reference order (byte order: the database collates ids in C order, and reconcileDay refuses
 * anything else):
 * - payments: attempts the bank approved (APPROVED, or UNMATCHED: approved after the payment had been
 *   settled otherwise; the bank took the money either way), by the time the gateway decided them;
 * - refunds sent to the bank and completed: succeeded, or failed after the bank had accepted them (a
 *   refund the bank refused never reached its books), by completion time.
 * Payouts have no gateway records yet. Each table is read by keyset pages on its primary key (the next
 * page is fetched while the current one is consumed) and the two are merged.
 */
export async function* readGatewayRecords(
  db: Db,
  options: ReadGatewayRecordsOptions,
): AsyncGenerator<GatewayRecord> {
  const margin = options.marginMs ?? 0;
  const from = new Date(startOfShanghaiDay(options.date).getTime() - margin);
  const to = new Date(startOfShanghaiDay(addDays(options.date, 1)).getTime() + margin);
  const take = options.batchSize ?? GATEWAY_BATCH_SIZE;
  const { bankCode } = options;

  // Raw SQL: a day can be a million rows, and the model API costs twice the CPU per row here.
  const payments = pages(take, async (after = "") => {
    const rows = await db.$queryRaw<{ id: string; bankTxnId: string | null; amount: bigint; at: Date }[]>`
      SELECT id, "bankTxnId", amount, "decidedAt" AS at
        FROM payment_attempts
       WHERE "bankCode" = ${bankCode} AND status IN ('APPROVED', 'UNMATCHED')
         AND "decidedAt" >= ${from} AND "decidedAt" < ${to} AND id > ${after}
       ORDER BY id
       LIMIT ${take}`;
    return rows.map((row): GatewayRecord => ({
      kind: "payment",
      reference: row.id,
      bankRef: row.bankTxnId,
      amount: row.amount,
      status: "succeeded",
      at: row.at,
    }));
  });

  const refunds = pages(take, async (after = "") => {
    const rows = await db.$queryRaw<
      { id: string; bankRefundId: string | null; amount: bigint; succeeded: boolean; at: Date }[]
    >`
      SELECT id, "bankRefundId", amount, status = 'SUCCEEDED' AS succeeded, "completedAt" AS at
        FROM refunds
       WHERE "bankCode" = ${bankCode} AND route = 'BANK'
         AND (status = 'SUCCEEDED' OR (status = 'FAILED' AND "bankRefundId" IS NOT NULL))
         AND "completedAt" >= ${from} AND "completedAt" < ${to} AND id > ${after}
       ORDER BY id
       LIMIT ${take}`;
    return rows.map((row): GatewayRecord => ({
      kind: "refund",
      reference: row.id,
      bankRef: row.bankRefundId,
      amount: row.amount,
      status: row.succeeded ? "succeeded" : "failed",
      at: row.at,
    }));
  });

  yield* mergeByReference(payments, refunds);
}

/** Keyset pages after the last reference seen, one page fetched ahead. */
async function* pages(
  take: number,
  fetchPage: (after: string | undefined) => Promise<GatewayRecord[]>,
): AsyncGenerator<GatewayRecord> {
  let next = fetchPage(undefined);
  for (;;) {
    const page = await next;
    const last = page.at(-1);
    if (!last) return;
    next = page.length < take ? Promise.resolve([]) : fetchPage(last.reference);
    // A read-ahead abandoned by a consumer that stopped early must not become an unhandled rejection.
    void next.catch(() => {});
    yield* page;
  }
}

/** Merges two streams sorted by reference into one (both sorted, so one item of each is in hand). */
export async function* mergeByReference<T extends { reference: string }>(
  a: AsyncIterable<T>,
  b: AsyncIterable<T>,
): AsyncGenerator<T> {
  const left = a[Symbol.asyncIterator]();
  const right = b[Symbol.asyncIterator]();
  let x = await left.next();
  let y = await right.next();
  while (!x.done || !y.done) {
    if (!x.done && (y.done || x.value.reference <= y.value.reference)) {
      yield x.value;
      x = await left.next();
    } else if (!y.done) {
      yield y.value;
      y = await right.next();
    }
  }
}
