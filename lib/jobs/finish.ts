import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";

/** Marks finished jobs done, a batch in one statement. */
export async function markJobsDone(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const at = now();
  await db.$executeRaw`
    UPDATE "jobs" SET "status" = 'DONE', "lockedUntil" = NULL, "lastError" = NULL, "updatedAt" = ${at}
     WHERE "id" = ANY(${ids}::text[])`;
}

/** Exponential backoff from 5 s, capped at an hour; after maxAttempts the job stays FAILED for an operator. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export async function markJobFailed(
  db: Db,
  job: { id: string; attempts: number; maxAttempts: number },
  error: string,
): Promise<void> {
  const exhausted = job.attempts >= job.maxAttempts;
  await db.job.update({
    where: { id: job.id },
    data: {
      status: exhausted ? "FAILED" : "QUEUED",
      lockedUntil: null,
      lastError: error.slice(0, 2000),
      runAt: new Date(now().getTime() + retryDelayMs(job.attempts)),
    },
  });
}
