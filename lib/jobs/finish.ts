import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";

export async function markJobDone(db: Db, id: string): Promise<void> {
  await db.job.update({ where: { id }, data: { status: "DONE", lockedUntil: null, lastError: null } });
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
