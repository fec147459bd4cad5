import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";

export type ClaimedJob = {
  id: string;
  type: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
};

/**
 * Claims due jobs for this worker. SKIP LOCKED lets any number of instances poll the same table without
 * taking each other's jobs. Only QUEUED jobs are claimed, so the (status, runAt) index yields the oldest
 * due ones in order and the scan stops after `limit`, however long the backlog; a job whose worker died
 * mid-run comes back through requeueExpiredJobs once its lease (lockedUntil) has passed.
 */
export async function claimJobs(
  db: Db,
  limit: number,
  leaseMs: number,
  types?: string[],
): Promise<ClaimedJob[]> {
  const at = now();
  const leaseUntil = new Date(at.getTime() + leaseMs);
  const typeFilter = types ?? null;
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE "jobs" j
       SET "status" = 'RUNNING', "lockedUntil" = ${leaseUntil}, "attempts" = j."attempts" + 1, "updatedAt" = ${at}
     WHERE j."id" IN (
       SELECT "id" FROM "jobs"
        WHERE "status" = 'QUEUED' AND "runAt" <= ${at}
          AND (${typeFilter}::text[] IS NULL OR "type" = ANY(${typeFilter}::text[]))
        ORDER BY "runAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING j."id", j."type", j."payload", j."attempts", j."maxAttempts"`;
}

/**
 * Hands back the jobs whose worker died mid-run (their lease has passed): queued again at their place
 * in the queue, with the attempt they used counted. Any instance may run it; SKIP LOCKED leaves jobs that a live
 * worker is finishing right now alone.
 */
export async function requeueExpiredJobs(db: Db): Promise<number> {
  const at = now();
  return db.$executeRaw`
    UPDATE "jobs" SET "status" = 'QUEUED', "lockedUntil" = NULL, "updatedAt" = ${at}
     WHERE "id" IN (
       SELECT "id" FROM "jobs" WHERE "status" = 'RUNNING' AND "lockedUntil" < ${at}
        FOR UPDATE SKIP LOCKED)`;
}
