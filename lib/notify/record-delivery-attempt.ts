import type { Db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { enqueueJob } from "@/lib/jobs/enqueue";
import type { PostOutcome } from "./http-post";
import { NOTIFY_JOB, notifyJobKey } from "./job";
import { nextRetryDelayMs } from "./schedule";

export type DeliveryAttemptRecord = {
  eventId: string;
  attemptNo: number;
  trigger: "schedule" | "resend";
  startedAt: Date;
  outcome: PostOutcome;
  delivered: boolean;
};

/**
 * Records one attempt and moves the event on: delivered; or waiting for the next attempt, whose job is
 * enqueued here; or failed once the schedule is used up. If this worker's lease ran out and another
 * worker took the event over, only the attempt is recorded: the event is theirs.
 */
export async function recordDeliveryAttempt(db: Db, record: DeliveryAttemptRecord): Promise<void> {
  if (record.delivered) {
    await recordDelivered(db, record);
    return;
  }
  const { eventId, attemptNo } = record;
  await db.$transaction(async (tx) => {
    await tx.notificationAttempt.create({ data: attemptRow(record) });
    const at = now();
    const delay = nextRetryDelayMs(attemptNo);
    const nextAttemptAt = delay === null ? null : new Date(at.getTime() + delay);
    const { count } = await tx.notificationEvent.updateMany({
      where: { id: eventId, status: "DELIVERING", attemptCount: attemptNo },
      data: { status: nextAttemptAt ? "PENDING" : "FAILED", leaseUntil: null, nextAttemptAt },
    });
    if (count === 1 && nextAttemptAt) {
      await enqueueJob(tx, {
        type: NOTIFY_JOB,
        payload: { eventId },
        dedupeKey: notifyJobKey(eventId, attemptNo + 1),
        runAt: nextAttemptAt,
      });
    }
  });
}

function attemptRow(record: DeliveryAttemptRecord) {
  const { outcome } = record;
  return {
    id: newId("natt"),
    eventId: record.eventId,
    attemptNo: record.attemptNo,
    trigger: record.trigger,
    startedAt: record.startedAt,
    latencyMs: outcome.latencyMs,
    httpStatus: outcome.httpStatus,
    responseExcerpt: outcome.responseExcerpt,
    error: outcome.error?.slice(0, 500) ?? null,
    succeeded: record.delivered,
  };
}

/**
 * The usual case, in one statement (atomic without a transaction of its own): the attempt row and the
 * event marked delivered, whoever holds the lease now, since delivered is delivered.
 */
async function recordDelivered(db: Db, record: DeliveryAttemptRecord): Promise<void> {
  const row = attemptRow(record);
  const at = now();
  await db.$executeRaw`
    WITH "attempt" AS (
      INSERT INTO "notification_attempts"
             ("id", "eventId", "attemptNo", "trigger", "startedAt", "latencyMs", "httpStatus",
              "responseExcerpt", "error", "succeeded")
      VALUES (${row.id}, ${row.eventId}, ${row.attemptNo}, ${row.trigger}, ${row.startedAt}, ${row.latencyMs},
              ${row.httpStatus}, ${row.responseExcerpt}, ${row.error}, true)
    )
    UPDATE "notification_events"
       SET "status" = 'DELIVERED', "deliveredAt" = ${at}, "leaseUntil" = NULL, "nextAttemptAt" = NULL,
           "updatedAt" = ${at}
     WHERE "id" = ${row.eventId}`;
}
