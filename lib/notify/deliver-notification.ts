import { db as defaultDb, type Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { platformSignatureHeaders } from "@/lib/signing/sign-platform-response";
import { postJson, type PostOutcome } from "./http-post";
import { checkPublicUrl, ssrfGuardEnabled } from "./ssrf-guard";
import { DELIVERY_LEASE_MS, DELIVERY_TIMEOUT_MS } from "./schedule";
import { notifyJobPayload } from "./job";
import { recordDeliveryAttempt } from "./record-delivery-attempt";

export type DeliveryResult =
  | { delivered: boolean; attemptNo: number; httpStatus: number | null; error: string | null }
  | { skipped: "delivered" | "not_due" | "unknown_event" };

/** Another worker is posting this event right now; the job queue retries later. */
export class DeliveryInFlightError extends Error {
  constructor(eventId: string) {
    super(`notification ${eventId} is being delivered by another worker`);
    this.name = "DeliveryInFlightError";
  }
}

/** What a claimed event's delivery needs: where to post, the body exactly as stored, the attempt's number. */
type ClaimedEvent = { notifyUrl: string; body: string; attemptNo: number };

/**
 * Takes the event for this worker: one UPDATE, so of several workers (or a scheduled retry racing a
 * resend) exactly one posts it at a time. A lease that ran out means its worker died: take it over.
 * The same statement returns what the post needs, so the event is not read again.
 */
async function claim(db: Db, eventId: string): Promise<ClaimedEvent | null> {
  const at = now();
  const leaseUntil = new Date(at.getTime() + DELIVERY_LEASE_MS);
  const rows = await db.$queryRaw<ClaimedEvent[]>`
    UPDATE "notification_events"
       SET "status" = 'DELIVERING', "leaseUntil" = ${leaseUntil}, "attemptCount" = "attemptCount" + 1,
           "updatedAt" = ${at}
     WHERE "id" = ${eventId}
       AND (("status" = 'PENDING' AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${at}))
            OR ("status" = 'DELIVERING' AND "leaseUntil" < ${at}))
    RETURNING "notifyUrl", "payload"::text AS "body", "attemptCount" AS "attemptNo"`;
  return rows[0] ?? null;
}

async function post(notifyUrl: string, body: string): Promise<PostOutcome> {
  let pinnedAddresses;
  if (ssrfGuardEnabled()) {
    // Checked again at every attempt: DNS may have changed since the payment was created.
    const check = await checkPublicUrl(notifyUrl);
    if (!check.ok) {
      return {
        latencyMs: 0,
        httpStatus: null,
        responseExcerpt: null,
        error: `refused: notifyUrl ${check.reason}`,
      };
    }
    pinnedAddresses = check.addresses;
  }
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "User-Agent": "Paylane-Notify/1",
    ...(await platformSignatureHeaders(body)),
  };
  return postJson(notifyUrl, body, headers, { timeoutMs: DELIVERY_TIMEOUT_MS, pinnedAddresses });
}

/**
 * Posts one notification event to its notifyUrl and records the attempt; a failure schedules the next
 * attempt (schedule.ts). Never runs inside a transaction: the HTTP call happens between two short ones.
 */
export async function deliverNotification(
  db: Db,
  eventId: string,
  trigger: "schedule" | "resend" = "schedule",
): Promise<DeliveryResult> {
  const event = await claim(db, eventId);
  if (!event) {
    const current = await db.notificationEvent.findUnique({
      where: { id: eventId },
      select: { status: true },
    });
    if (!current) return { skipped: "unknown_event" };
    if (current.status === "DELIVERING") throw new DeliveryInFlightError(eventId);
    return { skipped: current.status === "DELIVERED" ? "delivered" : "not_due" };
  }
  const startedAt = now();
  // The stored payload is the event as first written (a json column keeps its text): the same bytes
  // every time.
  const outcome = await post(event.notifyUrl, event.body);
  const delivered = outcome.httpStatus !== null && outcome.httpStatus >= 200 && outcome.httpStatus < 300;
  await recordDeliveryAttempt(db, {
    eventId,
    attemptNo: event.attemptNo,
    trigger,
    startedAt,
    outcome,
    delivered,
  });
  return { delivered, attemptNo: event.attemptNo, httpStatus: outcome.httpStatus, error: outcome.error };
}

/** Job handler for NOTIFY_JOB. */
export async function notifyJobHandler(payload: unknown): Promise<void> {
  const { eventId, trigger } = notifyJobPayload.parse(payload);
  await deliverNotification(defaultDb, eventId, trigger);
}
