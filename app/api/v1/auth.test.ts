// Contract tests of request authentication (spec: "Credentials and signatures"), through real routes.
import { generateKeyPairSync } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nowMs, setClockOffset } from "@/lib/clock";
import { errorResponseSchema } from "@/lib/api/schemas/errors";
import { canonicalRequest } from "@/lib/signing/verify-merchant-request";
import { signRsaSha256 } from "@/lib/signing/rsa";
import {
  createTestMerchant,
  paymentBody,
  readSigned,
  signedRequest,
  testNonce,
  type SignOptions,
  type TestMerchant,
} from "@/lib/api/testing/merchant-client";
import { POST as createRoute } from "./payments/route";
import { GET as getRoute } from "./payments/[orderId]/route";

let merchant: TestMerchant;
let other: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant({ apiRateLimitPerSecond: 10_000 });
  other = await createTestMerchant({ apiRateLimitPerSecond: 10_000 });
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await db.$disconnect();
});

const PATH = "/api/v1/payments/NO-SUCH-ORDER";

async function get(options: SignOptions = {}, path = PATH, signedPath = path, who = merchant) {
  const request = signedRequest(who, "GET", signedPath, "", options);
  const sent =
    signedPath === path ? request : new Request(`http://localhost:3000${path}`, { headers: request.headers });
  const orderId = decodeURIComponent(new URL(sent.url).pathname.split("/").pop() ?? "");
  return readSigned(await getRoute(sent, { params: Promise.resolve({ orderId }) }));
}

function codeOf(result: { json: unknown }): string {
  return errorResponseSchema.parse(result.json).error.code;
}

/** Pins the clock to the start of a second, so tests at the window's edge cannot straddle a tick. */
function alignClock(): number {
  setClockOffset(0);
  setClockOffset(1000 - (nowMs() % 1000));
  return Math.floor(nowMs() / 1000);
}

describe("request signatures", () => {
  it("accepts a correctly signed request (here: 404 for an unknown order, signed)", async () => {
    const result = await get();
    expect(result.status).toBe(404);
    expect(codeOf(result)).toBe("not_found");
    expect(result.signed).toBe(true);
  });

  it("accepts bare values and any order of the parameters", async () => {
    const timestamp = Math.floor(nowMs() / 1000);
    const nonce = testNonce();
    const signature = signRsaSha256(merchant.privateKey, canonicalRequest("GET", PATH, timestamp, nonce, ""));
    const header = `PAYLANE-RSA-SHA256 nonce=${nonce}, signature="${signature}",timestamp=${timestamp},key_id="${merchant.keyId}",merchant_id=${merchant.merchantId}`;
    expect((await get({ authorization: header })).status).toBe(404);
  });

  it.each([
    ["no Authorization header", null],
    ["another scheme", "Bearer abc"],
    [
      "a missing parameter",
      `PAYLANE-RSA-SHA256 merchant_id="m",key_id="k",timestamp="1",nonce="aaaaaaaaaaaaaaaa"`,
    ],
    ["a garbage header", "PAYLANE-RSA-SHA256 nonsense"],
  ])("refuses %s: 401 signature_invalid, unsigned", async (_name, authorization) => {
    const result = await get({ authorization });
    expect(result.status).toBe(401);
    expect(codeOf(result)).toBe("signature_invalid");
    expect(result.signed).toBe(false);
  });

  it.each([
    ["a nonce of 15 characters", { nonce: "a".repeat(15) }],
    ["a nonce of 65 characters", { nonce: "a".repeat(65) }],
    ["a nonce with a dash", { nonce: "abcdefgh-abcdefgh" }],
  ])("refuses %s as signature_invalid", async (_name, options) => {
    const result = await get(options);
    expect([result.status, codeOf(result)]).toEqual([401, "signature_invalid"]);
  });

  it("accepts nonces of 16 and of 64 letters and digits", async () => {
    expect((await get({ nonce: `A1${testNonce().slice(0, 14)}` })).status).toBe(404);
    expect((await get({ nonce: testNonce() + testNonce() })).status).toBe(404);
  });

  it("refuses an unknown key, or a key of another merchant, unsigned", async () => {
    for (const options of [
      { keyId: "key_unknown" },
      { keyId: other.keyId },
      { merchantId: other.merchantId },
    ]) {
      const result = await get(options);
      expect([result.status, codeOf(result), result.signed]).toEqual([401, "signature_invalid", false]);
    }
  });

  it("refuses a signature by another key, signed since the merchant is known", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const result = await get({ privateKey });
    expect([result.status, codeOf(result), result.signed]).toEqual([401, "signature_invalid", true]);
  });

  it("refuses a request whose path or query differs from what was signed", async () => {
    expect(codeOf(await get({}, "/api/v1/payments/OTHER", PATH))).toBe("signature_invalid");
    expect(codeOf(await get({}, `${PATH}?x=1`, PATH))).toBe("signature_invalid");
    // Signed with its query, it passes.
    expect((await get({}, `${PATH}?x=1`)).status).toBe(404);
  });

  it("refuses a body changed after signing", async () => {
    const body = JSON.stringify(paymentBody());
    const signed = signedRequest(merchant, "POST", "/api/v1/payments", body);
    const tampered = new Request(signed.url, {
      method: "POST",
      headers: signed.headers,
      body: body.replace("1999", "1"),
    });
    const result = await readSigned(await createRoute(tampered, { params: Promise.resolve({}) }));
    expect([result.status, codeOf(result)]).toEqual([401, "signature_invalid"]);
  });

  it("refuses a revoked key", async () => {
    const revoked = await createTestMerchant();
    await db.merchantKey.update({
      where: { id: revoked.keyId },
      data: { status: "REVOKED", revokedAt: new Date() },
    });
    const result = await get({}, PATH, PATH, revoked);
    expect([result.status, codeOf(result)]).toEqual([401, "signature_invalid"]);
  });
});

describe("timestamp window", () => {
  it.each([-300, 300])("accepts a timestamp %i s from the gateway's clock", async (delta) => {
    const at = alignClock();
    expect((await get({ timestamp: at + delta })).status).toBe(404);
  });

  it.each([-301, 301])("refuses a timestamp %i s away: 401 timestamp_out_of_range, signed", async (delta) => {
    const at = alignClock();
    const result = await get({ timestamp: at + delta });
    expect([result.status, codeOf(result), result.signed]).toEqual([401, "timestamp_out_of_range", true]);
  });
});

describe("nonces", () => {
  it("refuses a nonce used again by the same merchant: 401 nonce_reused, signed", async () => {
    const nonce = testNonce();
    expect((await get({ nonce })).status).toBe(404);
    const again = await get({ nonce });
    expect([again.status, codeOf(again), again.signed]).toEqual([401, "nonce_reused", true]);
  });

  it("lets another merchant use the same nonce", async () => {
    const nonce = testNonce();
    expect((await get({ nonce })).status).toBe(404);
    expect((await get({ nonce }, PATH, PATH, other)).status).toBe(404);
  });

  it("accepts a nonce again after 15 minutes", async () => {
    const nonce = testNonce();
    expect((await get({ nonce })).status).toBe(404);
    setClockOffset(14 * 60_000);
    expect(codeOf(await get({ nonce }))).toBe("nonce_reused");
    setClockOffset(15 * 60_000 + 1000);
    expect((await get({ nonce })).status).toBe(404);
  });

  it("lets exactly one of 10 concurrent requests with the same nonce through", async () => {
    const nonce = testNonce();
    const results = await Promise.all(Array.from({ length: 10 }, () => get({ nonce })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 404]);
  });

  it("does not burn a nonce on a request whose signature fails", async () => {
    const nonce = testNonce();
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    expect(codeOf(await get({ nonce, privateKey }))).toBe("signature_invalid");
    expect((await get({ nonce })).status).toBe(404);
  });
});
