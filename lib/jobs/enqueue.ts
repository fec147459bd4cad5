import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";

export type EnqueueOptions = {
  type: string;
  payload: Prisma.InputJsonValue;
  /** Same key twice keeps the first job: retried requests enqueue once. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/**
 * The INSERT that enqueues a job with a dedupe key, for a caller that sends it as the last part of
 * its own statement (after a WITH that writes the row the job is about): one round trip for both.
 */
export function jobInsert(options: EnqueueOptions & { dedupeKey: string }): Prisma.Sql {
  const at = now();
  return Prisma.sql`
    INSERT INTO "jobs" ("id", "type", "payload", "dedupeKey", "runAt", "maxAttempts", "updatedAt")
    VALUES (${newId("job")}, ${options.type}, ${JSON.stringify(options.payload)}::jsonb, ${options.dedupeKey},
            ${options.runAt ?? at}, ${options.maxAttempts ?? 10}, ${at})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

/**
 * Adds a job in the caller's transaction, so the work exists if and only if the change that caused it
 * committed (the outbox pattern): mail, notifications and bank calls never run inside a transaction.
 */
export async function enqueueJob(tx: Tx, options: EnqueueOptions): Promise<void> {
  if (options.dedupeKey) {
    await tx.$executeRaw(jobInsert({ ...options, dedupeKey: options.dedupeKey }));
    return;
  }
  await tx.job.create({
    data: {
      id: newId("job"),
      type: options.type,
      payload: options.payload,
      runAt: options.runAt ?? now(),
      maxAttempts: options.maxAttempts ?? 10,
    },
  });
}
