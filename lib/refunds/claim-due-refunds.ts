import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";

/**
 * Takes refunds still processing whose next send or query is due, pushing their next time ahead as it
 * takes them (10 s, 20 s, 40 s … at most 10 minutes apart), so that several workers (and a crash half-way) never lose one and rarely ask twice. With
 * `refundId`, only that refund (the job queued at creation).
 */
export async function claimDueRefunds(db: Db, limit: number, refundId?: string): Promise<string[]> {
  const at = now();
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "refunds" AS r
       SET "queryCount" = r."queryCount" + 1,
           "nextQueryAt" = ${at}::timestamp + make_interval(secs => LEAST(10 * power(2, LEAST(r."queryCount", 6)), 600)),
           "updatedAt" = ${at}
     WHERE r."id" IN (
       SELECT "id" FROM "refunds"
        WHERE "status" = 'PROCESSING' AND "nextQueryAt" <= ${at}
          AND (${refundId ?? null}::text IS NULL OR "id" = ${refundId ?? null})
        ORDER BY "nextQueryAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING r."id"`;
  return rows.map((row) => row.id);
}
