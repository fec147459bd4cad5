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
 * taking each other's jobs; the lease (lockedUntil) hands a job back if its worker dies mid-run.
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
        WHERE "runAt" <= ${at}
          AND ("status" = 'QUEUED' OR ("status" = 'RUNNING' AND "lockedUntil" < ${at}))
          AND (${typeFilter}::text[] IS NULL OR "type" = ANY(${typeFilter}::text[]))
        ORDER BY "runAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING j."id", j."type", j."payload", j."attempts", j."maxAttempts"`;
}
