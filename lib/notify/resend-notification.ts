import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { NOTIFY_JOB } from "./job";

export type ResendResult = { eventId: string; queued: boolean };

/**
 * The dashboard's "resend": one more attempt of the same event (same id and body), now, whatever its
 * status. Pass the merchant taken from the signed-in member's context so that another merchant's
 * event is `not_found`. An event being posted right now is left to that attempt.
 */
export async function resendNotification(
  db: Db,
  eventId: string,
  options: { merchantId?: string } = {},
): Promise<ResendResult> {
  return db.$transaction(async (tx) => {
    const event = await tx.notificationEvent.findUnique({
      where: { id: eventId },
      select: { id: true, merchantId: true },
    });
    if (!event || (options.merchantId !== undefined && event.merchantId !== options.merchantId)) {
      throw new AppError("not_found", "No such notification.");
    }
    const at = now();
    const { count } = await tx.notificationEvent.updateMany({
      where: { id: eventId, status: { not: "DELIVERING" } },
      data: { status: "PENDING", nextAttemptAt: at, leaseUntil: null },
    });
    if (count === 0) return { eventId, queued: false };
    await enqueueJob(tx, { type: NOTIFY_JOB, payload: { eventId, trigger: "resend" }, runAt: at });
    return { eventId, queued: true };
  });
}
