import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nowMs, setClockOffset } from "@/lib/clock";
import { createTestMerchant, testNonce, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { signRsaSha256 } from "./rsa";
import { canonicalRequest, parseAuthorization, verifyMerchantRequest } from "./verify-merchant-request";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterEach(() => setClockOffset(0));

afterAll(async () => {
  await db.$disconnect();
});

describe("canonicalRequest", () => {
  it("is the spec's example, byte for byte", () => {
    const canonical = canonicalRequest("GET", "/api/v1/payments/A1001", 1795320000, "q8Fz2LmN0pXr7sTu", "");
    expect(canonical.toString("utf8")).toBe("GET\n/api/v1/payments/A1001\n1795320000\nq8Fz2LmN0pXr7sTu\n\n");
  });

  it("keeps the body's bytes as they are (UTF-8, no normalisation)", () => {
    const body = '{"subject":"蓝色马克杯"}';
    expect(canonicalRequest("post", "/p?a=1", "1", "n", body).toString("utf8")).toBe(
      `POST\n/p?a=1\n1\nn\n${body}\n`,
    );
  });
});

describe("parseAuthorization", () => {
  const sig = "c2lnbmF0dXJl";
  const header = (rest: string) => `PAYLANE-RSA-SHA256 ${rest}`;

  it("reads quoted or bare values in any order", () => {
    const expected = {
      merchantId: "mch_1",
      keyId: "key_1",
      timestamp: 1795320000,
      nonce: "q8Fz2LmN0pXr7sTu",
      signature: sig,
    };
    expect(
      parseAuthorization(
        header(
          `merchant_id="mch_1",key_id="key_1",timestamp="1795320000",nonce="q8Fz2LmN0pXr7sTu",signature="${sig}"`,
        ),
      ),
    ).toEqual(expected);
    expect(
      parseAuthorization(
        header(
          `signature=${sig}, nonce=q8Fz2LmN0pXr7sTu, timestamp=1795320000, key_id=key_1, merchant_id=mch_1`,
        ),
      ),
    ).toEqual(expected);
  });

  it.each([
    ["another scheme", `Bearer merchant_id="m"`],
    ["a missing parameter", header(`merchant_id="m",key_id="k",timestamp="1",nonce="q8Fz2LmN0pXr7sTu"`)],
    [
      "a repeated parameter",
      header(
        `merchant_id="m",merchant_id="n",key_id="k",timestamp="1",nonce="q8Fz2LmN0pXr7sTu",signature="${sig}"`,
      ),
    ],
    [
      "an unknown parameter",
      header(`merchant_id="m",key_id="k",timestamp="1",nonce="q8Fz2LmN0pXr7sTu",signature="${sig}",x="1"`),
    ],
    [
      "a timestamp with a fraction",
      header(`merchant_id="m",key_id="k",timestamp="1.5",nonce="q8Fz2LmN0pXr7sTu",signature="${sig}"`),
    ],
    [
      "a signature that is not base64",
      header(`merchant_id="m",key_id="k",timestamp="1",nonce="q8Fz2LmN0pXr7sTu",signature="@@@"`),
    ],
  ])("refuses %s", (_name, value) => {
    expect(parseAuthorization(value)).toBeNull();
  });
});

describe("verifyMerchantRequest", () => {
  function request(options: { timestamp?: number; nonce?: string; body?: string } = {}) {
    const timestamp = options.timestamp ?? Math.floor(nowMs() / 1000);
    const nonce = options.nonce ?? testNonce();
    const body = options.body ?? "{}";
    const signature = signRsaSha256(
      merchant.privateKey,
      canonicalRequest("POST", "/api/v1/x", timestamp, nonce, body),
    );
    return {
      method: "POST",
      pathWithQuery: "/api/v1/x",
      body,
      authorization: `PAYLANE-RSA-SHA256 merchant_id="${merchant.merchantId}",key_id="${merchant.keyId}",timestamp="${timestamp}",nonce="${nonce}",signature="${signature}"`,
    };
  }

  it("authenticates the merchant and its key", async () => {
    const result = await verifyMerchantRequest(db, request());
    expect(result).toEqual({
      ok: true,
      merchant: {
        id: merchant.merchantId,
        keyId: merchant.keyId,
        status: "ACTIVE",
        apiRateLimitPerSecond: null,
      },
    });
  });

  it("checks the timestamp against the gateway's clock, which tests can move", async () => {
    const signed = request();
    setClockOffset(301_000);
    const late = await verifyMerchantRequest(db, signed);
    expect(late.ok ? "ok" : late.error.code).toBe("timestamp_out_of_range");
  });

  it("refuses a nonce seen in the last 15 minutes, atomically", async () => {
    const nonce = testNonce();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => verifyMerchantRequest(db, request({ nonce }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r.ok ? "" : r.error.code).toBe("nonce_reused");
  });
});
