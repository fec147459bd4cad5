import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { jobInsert } from "@/lib/jobs/enqueue";
import { NOTIFY_JOB, notifyJobKey } from "./job";

export const NOTIFICATION_TYPES = [
  "payment.succeeded",
  "payment.failed",
  "payment.expired",
  "refund.succeeded",
  "refund.failed",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export type QueueNotificationInput = {
  merchantId: string;
  type: NotificationType;
  /** The payment or refund object exactly as the API serialises it. */
  data: Prisma.InputJsonObject;
  notifyUrl: string;
  paymentId?: string;
  refundId?: string;
};

/**
 * Writes a notification to the outbox in the caller's transaction, with the job that will deliver it:
 * the merchant is told if and only if the change it describes committed. The body is fixed here, so
 * every retry and resend posts the same event (same id).
 */
export async function queueNotification(tx: Tx, input: QueueNotificationInput): Promise<{ eventId: string }> {
  const at = now();
  const id = newId("evt", at.getTime());
  const payload = { id, type: input.type, createdAt: at.toISOString(), data: input.data };
  // One statement for the event and its job: this runs inside the payment's transaction, while the
  // payment row and the ledger accounts are locked.
  await tx.$executeRaw`
    WITH "event" AS (
      INSERT INTO "notification_events"
             ("id", "merchantId", "paymentId", "refundId", "type", "payload", "notifyUrl", "status",
              "attemptCount", "nextAttemptAt", "createdAt", "updatedAt")
      VALUES (${id}, ${input.merchantId}, ${input.paymentId ?? null}, ${input.refundId ?? null}, ${input.type},
              ${JSON.stringify(payload)}::json, ${input.notifyUrl}, 'PENDING', 0, ${at}, ${at}, ${at})
    )
    ${jobInsert({ type: NOTIFY_JOB, payload: { eventId: id }, dedupeKey: notifyJobKey(id, 1), runAt: at })}`;
  return { eventId: id };
}
