import type { Tx } from "@/lib/db";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { MAIL_JOB, type Mail } from "./deliver-mail";

/** Queues a message in the caller's transaction; it is sent after commit by a worker. */
export async function queueMail(tx: Tx, mail: Mail, dedupeKey?: string): Promise<void> {
  await enqueueJob(tx, { type: MAIL_JOB, payload: mail, dedupeKey, maxAttempts: 20 });
}
