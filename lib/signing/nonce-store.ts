import { db as defaultDb, type Db } from "@/lib/db";
import { now } from "@/lib/clock";

/** A nonce may not be used twice by a merchant within this time (spec: 15 minutes). */
export const NONCE_TTL_MS = 15 * 60_000;
export const NONCE_PURGE_JOB = "api.nonces.purge";
const PURGE_BATCH = 10_000;

/**
 * Records a merchant's nonce; false when it was already used within the last 15 minutes. One atomic
 * statement: of two concurrent requests with the same nonce exactly one gets true. A row older than the
 * window that the purge has not removed yet is simply taken over.
 */
export async function claimNonce(db: Db, merchantId: string, nonce: string): Promise<boolean> {
  const at = now();
  const staleBefore = new Date(at.getTime() - NONCE_TTL_MS);
  const rows = await db.$queryRaw<{ fresh: number }[]>`
    INSERT INTO "api_nonces" ("merchantId", "nonce", "createdAt") VALUES (${merchantId}, ${nonce}, ${at})
    ON CONFLICT ("merchantId", "nonce") DO UPDATE SET "createdAt" = EXCLUDED."createdAt"
     WHERE "api_nonces"."createdAt" <= ${staleBefore}
    RETURNING 1 AS fresh`;
  return rows.length === 1;
}

/** Deletes nonces past the window, in batches so no statement holds many rows at once. */
export async function purgeExpiredNonces(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const cutoff = new Date(now().getTime() - NONCE_TTL_MS);
    const deleted = await db.$executeRaw`
      DELETE FROM "api_nonces" WHERE ctid IN (
        SELECT ctid FROM "api_nonces" WHERE "createdAt" <= ${cutoff} LIMIT ${PURGE_BATCH})`;
    total += deleted;
    if (deleted < PURGE_BATCH) return total;
  }
}

/** Job handler; lib/jobs/schedule.ts runs it every few minutes. */
export async function purgeNoncesJobHandler(): Promise<void> {
  await purgeExpiredNonces(defaultDb);
}
