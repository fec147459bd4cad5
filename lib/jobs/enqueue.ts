import type { Prisma } from "@/generated/prisma/client";
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
 * Adds a job in the caller's transaction, so the work exists if and only if the change that caused it
 * committed (the outbox pattern): mail, notifications and bank calls never run inside a transaction.
 */
export async function enqueueJob(tx: Tx, options: EnqueueOptions): Promise<void> {
  const id = newId("job");
  if (options.dedupeKey) {
    await tx.$executeRaw`
      INSERT INTO "jobs" ("id", "type", "payload", "dedupeKey", "runAt", "maxAttempts", "updatedAt")
      VALUES (${id}, ${options.type}, ${JSON.stringify(options.payload)}::jsonb, ${options.dedupeKey},
              ${options.runAt ?? now()}, ${options.maxAttempts ?? 10}, ${now()})
      ON CONFLICT ("dedupeKey") DO NOTHING`;
    return;
  }
  await tx.job.create({
    data: {
      id,
      type: options.type,
      payload: options.payload,
      runAt: options.runAt ?? now(),
      maxAttempts: options.maxAttempts ?? 10,
    },
  });
}
