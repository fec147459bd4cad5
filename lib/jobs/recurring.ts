import type { Db } from "@/lib/db";
import { nowMs } from "@/lib/clock";
import { enqueueJob } from "./enqueue";

export type RecurringJob = { type: string; everyMs: number };

/**
 * Enqueues each recurring job once per period across all instances: the dedupe key names the period,
 * so however many instances try, one job per period exists, and any worker may run it. Each instance
 * tries only when its own clock enters a new period.
 */
export function recurringScheduler(db: Db, jobs: readonly RecurringJob[]) {
  const lastSlot = new Map<string, number>();
  return async function scheduleDue(): Promise<void> {
    const at = nowMs();
    for (const job of jobs) {
      const slot = Math.floor(at / job.everyMs);
      if (lastSlot.get(job.type) === slot) continue;
      await enqueueJob(db, {
        type: job.type,
        payload: { slot },
        dedupeKey: `${job.type}@${slot}`,
        maxAttempts: 1,
      });
      lastSlot.set(job.type, slot);
    }
  };
}
