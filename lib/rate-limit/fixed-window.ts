import type { Db, Tx } from "@/lib/db";
import { now } from "@/lib/clock";

export type WindowState = { count: number; resetsAt: Date };

/**
 * Counts one hit against `key` in a fixed window, atomically in PostgreSQL so every app instance shares
 * the count. Returns the count including this hit and when the window resets.
 */
export async function hit(db: Db | Tx, key: string, windowMs: number): Promise<WindowState> {
  const at = now();
  const staleBefore = new Date(at.getTime() - windowMs);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "rate_limit_buckets" ("key", "windowStart", "count") VALUES (${key}, ${at}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rate_limit_buckets"."windowStart" <= ${staleBefore} THEN 1
                     ELSE "rate_limit_buckets"."count" + 1 END,
      "windowStart" = CASE WHEN "rate_limit_buckets"."windowStart" <= ${staleBefore} THEN ${at}
                           ELSE "rate_limit_buckets"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned nothing");
  return { count: row.count, resetsAt: new Date(row.windowStart.getTime() + windowMs) };
}

/** The current count without adding to it (0 when the window has passed). */
export async function peek(db: Db | Tx, key: string, windowMs: number): Promise<WindowState> {
  const row = await db.rateLimitBucket.findUnique({ where: { key } });
  const at = now();
  if (!row || row.windowStart.getTime() + windowMs <= at.getTime()) {
    return { count: 0, resetsAt: new Date(at.getTime() + windowMs) };
  }
  return { count: row.count, resetsAt: new Date(row.windowStart.getTime() + windowMs) };
}

export async function reset(db: Db | Tx, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
