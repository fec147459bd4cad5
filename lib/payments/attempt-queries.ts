import type { PaymentAttempt } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";

// After the first query (FIRST_QUERY_AFTER_MS), ask again at these intervals; a bank whose notification
// was lost is found within a minute, and a shopper who never finished costs a query every half hour.
const QUERY_INTERVALS_MS = [20_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000];
// After a day a bank that has not decided never will; the attempt stays pending for operators.
const STOP_QUERYING_AFTER_MS = 24 * 60 * 60_000;

export function nextQueryDelayMs(queryCount: number): number {
  return QUERY_INTERVALS_MS[Math.min(queryCount, QUERY_INTERVALS_MS.length - 1)] ?? 1_800_000;
}

/**
 * Takes up to `limit` bank attempts whose next status query is due and moves their next query on, so
 * the caller (the bank query job in lib/banks) asks each bank once per attempt. SKIP LOCKED lets
 * several workers share the work; an answer is applied with recordAttemptResult.
 */
export async function claimAttemptsDueForQuery(db: Db, limit: number): Promise<PaymentAttempt[]> {
  const at = now();
  const stopBefore = new Date(at.getTime() - STOP_QUERYING_AFTER_MS);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; queryCount: number; createdAt: Date }[]>`
      SELECT "id", "queryCount", "createdAt" FROM "payment_attempts"
       WHERE "status" = 'PENDING' AND "nextQueryAt" <= ${at} AND "bankCode" IS NOT NULL
       ORDER BY "nextQueryAt"
       LIMIT ${limit}
       FOR UPDATE SKIP LOCKED`;
    const claimed: PaymentAttempt[] = [];
    for (const row of rows) {
      const next = new Date(at.getTime() + nextQueryDelayMs(row.queryCount));
      claimed.push(
        await tx.paymentAttempt.update({
          where: { id: row.id },
          data: {
            queryCount: { increment: 1 },
            nextQueryAt: row.createdAt.getTime() < stopBefore.getTime() ? null : next,
          },
        }),
      );
    }
    return claimed;
  });
}
