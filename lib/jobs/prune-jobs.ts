import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";

export const PRUNE_JOBS_JOB = "jobs.prune";
const KEEP_DONE_MS = 7 * 24 * 3_600_000;

/** Finished jobs are kept a week for inspection, then deleted (failed ones stay for operators). */
export async function pruneFinishedJobs(db: Db): Promise<number> {
  const before = new Date(now().getTime() - KEEP_DONE_MS);
  const { count } = await db.job.deleteMany({ where: { status: "DONE", updatedAt: { lt: before } } });
  return count;
}
