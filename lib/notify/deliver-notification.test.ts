import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now, setClockOffset } from "@/lib/clock";
import { registerAllJobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import { verifyPlatformSignature } from "@/lib/signing/sign-platform-response";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { notificationSchema } from "@/lib/api/schemas/notifications";
import { paidPayment } from "@/lib/payments/testing";
import { deliverNotification, DeliveryInFlightError } from "./deliver-notification";
import { notifyJobKey } from "./job";
import { resendNotification } from "./resend-notification";
import { MAX_SCHEDULED_ATTEMPTS, RETRY_DELAYS_MS } from "./schedule";
import { startMerchantEndpoint, type MerchantEndpoint, type Received } from "./testing";

let merchant: TestMerchant;
let endpoint: MerchantEndpoint;

beforeAll(async () => {
  registerAllJobHandlers();
  merchant = await createTestMerchant();
  endpoint = await startMerchantEndpoint();
});

afterEach(() => {
  setClockOffset(0);
  endpoint.received.length = 0;
  endpoint.respond((_req, res) => res.writeHead(200).end("ok"));
});

afterAll(async () => {
  await endpoint.close();
  await db.$disconnect();
});

/** A succeeded payment whose payment.succeeded event is addressed to the local endpoint. */
async function succeededEvent(notifyUrl = endpoint.url) {
  const payment = await paidPayment(merchant.merchantId, { notifyUrl });
  return db.notificationEvent.findFirstOrThrow({
    where: { paymentId: payment.id, type: "payment.succeeded" },
  });
}

async function expectSignedByPlatform(request: Received) {
  const header = (name: string) => {
    const value = request.headers[name];
    return typeof value === "string" ? value : "";
  };
  const signed = {
    timestamp: header("paylane-timestamp"),
    nonce: header("paylane-nonce"),
    signature: header("paylane-signature"),
  };
  expect(verifyPlatformSignature(await getPlatformPublicKeyPem(db), signed, request.body)).toBe(true);
}

describe("notification delivery", () => {
  it("POSTs the event, signed by the platform key, and records the acknowledged attempt", async () => {
    const event = await succeededEvent();
    const result = await deliverNotification(db, event.id);
    expect(result).toMatchObject({ delivered: true, attemptNo: 1, httpStatus: 200 });
    expect(endpoint.received).toHaveLength(1);
    const request = endpoint.received[0]!;
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toContain("application/json");
    await expectSignedByPlatform(request);
    const body = notificationSchema.parse(JSON.parse(request.body));
    expect(body).toMatchObject({ id: event.id, type: "payment.succeeded", data: { status: "succeeded" } });
    const stored = await db.notificationEvent.findUniqueOrThrow({
      where: { id: event.id },
      include: { attempts: true },
    });
    expect(stored).toMatchObject({ status: "DELIVERED", attemptCount: 1, leaseUntil: null });
    expect(stored.attempts).toEqual([
      expect.objectContaining({
        attemptNo: 1,
        httpStatus: 200,
        responseExcerpt: "ok",
        succeeded: true,
        error: null,
      }),
    ]);
    expect(stored.attempts[0]!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("retries the same event after a 500, on schedule, recording every attempt", async () => {
    endpoint.respond((_req, res) => res.writeHead(500).end("database down"));
    const event = await succeededEvent();
    const first = await deliverNotification(db, event.id);
    expect(first).toMatchObject({ delivered: false, httpStatus: 500 });
    const waiting = await db.notificationEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(waiting.status).toBe("PENDING");
    expect(waiting.nextAttemptAt!.getTime() - now().getTime()).toBeGreaterThan(RETRY_DELAYS_MS[0]! - 2000);
    const retryJob = await db.job.findUniqueOrThrow({ where: { dedupeKey: notifyJobKey(event.id, 2) } });
    expect(retryJob.runAt).toEqual(waiting.nextAttemptAt);

    // Not due yet: a stray job does nothing.
    expect(await deliverNotification(db, event.id)).toEqual({ skipped: "not_due" });
    endpoint.respond((_req, res) => res.writeHead(204).end());
    setClockOffset(RETRY_DELAYS_MS[0]! + 1000);
    expect(await deliverNotification(db, event.id)).toMatchObject({ delivered: true, attemptNo: 2 });

    expect(endpoint.received).toHaveLength(2);
    const [a, b] = endpoint.received.map((r) => notificationSchema.parse(JSON.parse(r.body)));
    expect(a!.id).toBe(event.id);
    expect(b).toEqual(a);
    const attempts = await db.notificationAttempt.findMany({
      where: { eventId: event.id },
      orderBy: { attemptNo: "asc" },
    });
    expect(attempts.map((x) => [x.attemptNo, x.httpStatus, x.succeeded, x.responseExcerpt])).toEqual([
      [1, 500, false, "database down"],
      [2, 204, true, ""],
    ]);
  });

  it("gives up after the scheduled attempts, having tried for more than 24 hours", async () => {
    expect(MAX_SCHEDULED_ATTEMPTS).toBeGreaterThanOrEqual(8);
    expect(RETRY_DELAYS_MS.reduce((sum, d) => sum + d, 0)).toBeGreaterThanOrEqual(24 * 3600_000);
    for (let i = 1; i < RETRY_DELAYS_MS.length; i++)
      expect(RETRY_DELAYS_MS[i]!).toBeGreaterThan(RETRY_DELAYS_MS[i - 1]!);
    endpoint.respond((_req, res) => res.writeHead(503).end());
    const event = await succeededEvent();
    let offset = 0;
    for (let attempt = 1; attempt <= MAX_SCHEDULED_ATTEMPTS; attempt++) {
      expect(await deliverNotification(db, event.id)).toMatchObject({ delivered: false, attemptNo: attempt });
      offset += RETRY_DELAYS_MS[attempt - 1] ?? 0;
      setClockOffset(offset + 1000);
    }
    const stored = await db.notificationEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({
      status: "FAILED",
      attemptCount: MAX_SCHEDULED_ATTEMPTS,
      nextAttemptAt: null,
    });
    expect(await deliverNotification(db, event.id)).toEqual({ skipped: "not_due" });
    expect(endpoint.received).toHaveLength(MAX_SCHEDULED_ATTEMPTS);
  });

  it("records connection failures and does not follow redirects", async () => {
    const refused = await succeededEvent("http://127.0.0.1:1/notify");
    const result = await deliverNotification(db, refused.id);
    expect(result).toMatchObject({ delivered: false, httpStatus: null });
    const attempt = await db.notificationAttempt.findFirstOrThrow({ where: { eventId: refused.id } });
    expect(attempt.error).toMatch(/ECONNREFUSED/);

    endpoint.respond((req, res) => {
      if (req.url.endsWith("/elsewhere")) res.writeHead(200).end("ok");
      else res.writeHead(302, { Location: "/elsewhere" }).end();
    });
    const redirected = await succeededEvent();
    expect(await deliverNotification(db, redirected.id)).toMatchObject({ delivered: false, httpStatus: 302 });
    expect(endpoint.received.map((r) => r.url)).toEqual(["/paylane/notify"]);
  });

  it("delivers once when two workers race for the same event", async () => {
    const event = await succeededEvent();
    endpoint.respond((_req, res) => setTimeout(() => res.writeHead(200).end("ok"), 200));
    const [a, b] = await Promise.allSettled([
      deliverNotification(db, event.id),
      deliverNotification(db, event.id),
    ]);
    const outcomes = [a, b].map((r) =>
      r.status === "fulfilled" ? "delivered" in r.value : r.reason instanceof DeliveryInFlightError,
    );
    expect(outcomes).toEqual([true, true]);
    expect(endpoint.received).toHaveLength(1);
    // And through the job queue: the queued job finds the event delivered.
    await Promise.all([runDueJobs(db), runDueJobs(db)]);
    expect(endpoint.received.filter((r) => r.body.includes(event.id))).toHaveLength(1);
  });

  it("delivers through the job queue after the payment's transaction commits", async () => {
    const event = await succeededEvent();
    for (let i = 0; i < 5 && endpoint.received.length === 0; i++)
      await Promise.all([runDueJobs(db, 100), runDueJobs(db, 100)]);
    expect(endpoint.received.filter((r) => r.body.includes(event.id))).toHaveLength(1);
    expect((await db.notificationEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe(
      "DELIVERED",
    );
  });

  it("takes over an event whose worker died mid-delivery, once its lease has run out", async () => {
    const event = await succeededEvent();
    await db.notificationEvent.update({
      where: { id: event.id },
      data: { status: "DELIVERING", attemptCount: 1, leaseUntil: new Date(now().getTime() + 30_000) },
    });
    await expect(deliverNotification(db, event.id)).rejects.toBeInstanceOf(DeliveryInFlightError);
    setClockOffset(31_000);
    expect(await deliverNotification(db, event.id)).toMatchObject({ delivered: true, attemptNo: 2 });
  });

  it("resends a delivered event on request, as the same event, and only for its merchant", async () => {
    const event = await succeededEvent();
    await runDueJobs(db, 100);
    expect((await db.notificationEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe(
      "DELIVERED",
    );
    const other = await createTestMerchant();
    await expect(resendNotification(db, event.id, { merchantId: other.merchantId })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await resendNotification(db, event.id, { merchantId: merchant.merchantId })).toEqual({
      eventId: event.id,
      queued: true,
    });
    await runDueJobs(db, 100);
    const mine = endpoint.received.filter((r) => r.body.includes(event.id));
    expect(mine).toHaveLength(2);
    expect(mine[1]!.body).toBe(mine[0]!.body);
    const attempts = await db.notificationAttempt.findMany({
      where: { eventId: event.id },
      orderBy: { attemptNo: "asc" },
    });
    expect(attempts.map((a) => a.trigger)).toEqual(["schedule", "resend"]);
  });
});
