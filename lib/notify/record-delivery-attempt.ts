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
 * Records one attempt and moves the event on, in one transaction: delivered; or waiting for the next
 * attempt, whose job is enqueued here; or failed once the schedule is used up. If this worker's lease
 * ran out and another worker took the event over, only the attempt is recorded: the event is theirs.
 */
export async function recordDeliveryAttempt(db: Db, record: DeliveryAttemptRecord): Promise<void> {
  const { eventId, attemptNo, outcome, delivered } = record;
  await db.$transaction(async (tx) => {
    await tx.notificationAttempt.create({
      data: {
        id: newId("natt"),
        eventId,
        attemptNo,
        trigger: record.trigger,
        startedAt: record.startedAt,
        latencyMs: outcome.latencyMs,
        httpStatus: outcome.httpStatus,
        responseExcerpt: outcome.responseExcerpt,
        error: outcome.error?.slice(0, 500) ?? null,
        succeeded: delivered,
      },
    });
    const at = now();
    if (delivered) {
      // Delivered is delivered, whoever holds the lease now.
      await tx.notificationEvent.update({
        where: { id: eventId },
        data: { status: "DELIVERED", deliveredAt: at, leaseUntil: null, nextAttemptAt: null },
      });
      return;
    }
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
