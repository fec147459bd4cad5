import type { Db } from "@/lib/db";
import { claimJobs } from "./claim";
import { markJobFailed, markJobsDone } from "./finish";
import { jobHandler, registeredJobTypes } from "./registry";

const LEASE_MS = 60_000;

/** Claims and runs one batch of due jobs; returns how many ran. Handlers must be idempotent. */
export async function runDueJobs(db: Db, batchSize = 10): Promise<number> {
  const jobs = await claimJobs(db, batchSize, LEASE_MS, registeredJobTypes());
  const done: string[] = [];
  await Promise.all(
    jobs.map(async (job) => {
      const handler = jobHandler(job.type);
      try {
        if (!handler) throw new Error(`no handler for job type ${job.type}`);
        await handler(job.payload);
        done.push(job.id);
      } catch (error) {
        await markJobFailed(db, job, error instanceof Error ? error.message : String(error));
      }
    }),
  );
  await markJobsDone(db, done);
  return jobs.length;
}
