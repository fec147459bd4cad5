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

/**
 * Takes the event for this worker: one UPDATE, so of several workers (or a scheduled retry racing a
 * resend) exactly one posts it at a time. A lease that ran out means its worker died: take it over.
 */
async function claim(db: Db, eventId: string): Promise<boolean> {
  const at = now();
  const { count } = await db.notificationEvent.updateMany({
    where: {
      id: eventId,
      OR: [
        { status: "PENDING", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: at } }] },
        { status: "DELIVERING", leaseUntil: { lt: at } },
      ],
    },
    data: {
      status: "DELIVERING",
      leaseUntil: new Date(at.getTime() + DELIVERY_LEASE_MS),
      attemptCount: { increment: 1 },
    },
  });
  return count === 1;
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
  if (!(await claim(db, eventId))) {
    const event = await db.notificationEvent.findUnique({
      where: { id: eventId },
      select: { status: true },
    });
    if (!event) return { skipped: "unknown_event" };
    if (event.status === "DELIVERING") throw new DeliveryInFlightError(eventId);
    return { skipped: event.status === "DELIVERED" ? "delivered" : "not_due" };
  }
  const event = await db.notificationEvent.findUniqueOrThrow({ where: { id: eventId } });
  const startedAt = now();
  // The stored payload is the event as first written; it is sent as JSON, the same event every time.
  const outcome = await post(event.notifyUrl, JSON.stringify(event.payload));
  const delivered = outcome.httpStatus !== null && outcome.httpStatus >= 200 && outcome.httpStatus < 300;
  await recordDeliveryAttempt(db, {
    eventId,
    attemptNo: event.attemptCount,
    trigger,
    startedAt,
    outcome,
    delivered,
  });
  return { delivered, attemptNo: event.attemptCount, httpStatus: outcome.httpStatus, error: outcome.error };
}

/** Job handler for NOTIFY_JOB. */
export async function notifyJobHandler(payload: unknown): Promise<void> {
  const { eventId, trigger } = notifyJobPayload.parse(payload);
  await deliverNotification(defaultDb, eventId, trigger);
}
