// The SSRF guard as production runs it: refused at payment creation and again at every delivery.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { createPayment } from "@/lib/payments/create-payment";
import { paidPayment, paymentInput } from "@/lib/payments/testing";
import { deliverNotification } from "./deliver-notification";
import { postJson } from "./http-post";
import { startMerchantEndpoint, type MerchantEndpoint } from "./testing";

let merchant: TestMerchant;
let endpoint: MerchantEndpoint;
const testMode = {
  NODE_ENV: env.NODE_ENV,
  NOTIFY_ALLOW_PRIVATE_ADDRESSES: env.NOTIFY_ALLOW_PRIVATE_ADDRESSES,
};

function production(allowPrivate = false) {
  Object.assign(env, { NODE_ENV: "production", NOTIFY_ALLOW_PRIVATE_ADDRESSES: allowPrivate });
}

beforeAll(async () => {
  merchant = await createTestMerchant();
  endpoint = await startMerchantEndpoint();
});

afterEach(() => {
  Object.assign(env, testMode);
});

afterAll(async () => {
  await endpoint.close();
  await db.$disconnect();
});

const active = () => ({ id: merchant.merchantId, status: "ACTIVE" });

describe("SSRF guard in production", () => {
  it.each([
    "http://127.0.0.1:8080/notify",
    "http://localhost/notify",
    "http://[::1]/n",
    "http://10.1.2.3/n",
    "http://169.254.169.254/latest/meta-data",
  ])("refuses the notifyUrl %s at creation: invalid_request on notifyUrl", async (notifyUrl) => {
    production();
    await expect(createPayment(db, active(), paymentInput({ notifyUrl }))).rejects.toMatchObject({
      code: "invalid_request",
      field: "notifyUrl",
    });
  });

  it("accepts a public address at creation, and private ones when the operator allows them", async () => {
    production();
    expect(
      (await createPayment(db, active(), paymentInput({ notifyUrl: "http://93.184.216.34/n" }))).created,
    ).toBe(true);
    production(true);
    expect((await createPayment(db, active(), paymentInput({ notifyUrl: endpoint.url }))).created).toBe(true);
  });

  it("refuses again at delivery, without connecting, a URL accepted earlier", async () => {
    // Created while private addresses were allowed (or DNS pointed elsewhere), delivered in production.
    const payment = await paidPayment(merchant.merchantId, { notifyUrl: endpoint.url });
    const event = await db.notificationEvent.findFirstOrThrow({ where: { paymentId: payment.id } });
    production();
    expect(await deliverNotification(db, event.id)).toMatchObject({ delivered: false, httpStatus: null });
    expect(endpoint.received).toHaveLength(0);
    const attempt = await db.notificationAttempt.findFirstOrThrow({ where: { eventId: event.id } });
    expect(attempt.error).toMatch(/^refused: notifyUrl/);
  });

  it("connects only to the address that was checked, whatever DNS says later", async () => {
    const port = new URL(endpoint.url).port;
    // The host name does not resolve at all; the pinned address is used instead of asking DNS again.
    const outcome = await postJson(
      `http://merchant.invalid:${port}/paylane/notify`,
      "{}",
      {},
      {
        timeoutMs: 2000,
        pinnedAddresses: [{ address: "127.0.0.1", family: 4 }],
      },
    );
    expect(outcome.httpStatus).toBe(200);
    expect(endpoint.received.at(-1)?.headers.host).toBe(`merchant.invalid:${port}`);
  });

  it("gives up on a merchant that does not answer in time", async () => {
    endpoint.respond(() => undefined);
    const outcome = await postJson(endpoint.url, "{}", {}, { timeoutMs: 300 });
    expect(outcome).toMatchObject({ httpStatus: null, error: "no answer within 0.3 s" });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(290);
  });
});
