// Test support: a merchant with a registered key, and requests signed the way the spec tells merchants
// to sign them. Used by the contract tests of app/api/v1 and lib tests; never imported by app code.
import { generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import type { MerchantStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { nowMs } from "@/lib/clock";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { registerMerchantKey } from "@/lib/merchants/register-key";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import { signRsaSha256 } from "@/lib/signing/rsa";
import { SIGNATURE_HEADERS, verifyPlatformSignature } from "@/lib/signing/sign-platform-response";
import { canonicalRequest } from "@/lib/signing/verify-merchant-request";

export type TestMerchant = { merchantId: string; keyId: string; privateKey: KeyObject; publicKeyPem: string };

// One key pair for every test merchant: generating RSA keys is slow, and keys are per merchant anyway.
let keyPair: { privateKey: KeyObject; publicKeyPem: string } | undefined;
function testKeyPair() {
  if (!keyPair) {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    keyPair = { privateKey, publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
  }
  return keyPair;
}

export async function createTestMerchant(
  options: { status?: MerchantStatus; feeBps?: number; apiRateLimitPerSecond?: number } = {},
): Promise<TestMerchant> {
  const { privateKey, publicKeyPem } = testKeyPair();
  return db.$transaction(async (tx) => {
    const merchant = await createMerchant(tx, {
      name: "Test shop",
      email: `shop-${randomBytes(4).toString("hex")}@example.com`,
      siteUrl: "https://shop.example",
      status: options.status ?? "ACTIVE",
      feeBps: options.feeBps,
    });
    if (options.apiRateLimitPerSecond !== undefined) {
      await tx.merchant.update({
        where: { id: merchant.id },
        data: { apiRateLimitPerSecond: options.apiRateLimitPerSecond },
      });
    }
    const key = await registerMerchantKey(tx, { merchantId: merchant.id, publicKeyPem });
    return { merchantId: merchant.id, keyId: key.keyId, privateKey, publicKeyPem };
  });
}

export function testNonce(): string {
  return randomBytes(16).toString("hex");
}

export type SignOptions = {
  timestamp?: number;
  nonce?: string;
  keyId?: string;
  merchantId?: string;
  privateKey?: KeyObject;
  /** Replaces the Authorization header entirely (null: none). */
  authorization?: string | null;
};

export const TEST_ORIGIN = "http://localhost:3000";

/** A Request as a merchant's server would send it, signed over METHOD, path, timestamp, nonce, body. */
export function signedRequest(
  merchant: TestMerchant,
  method: string,
  pathWithQuery: string,
  body = "",
  options: SignOptions = {},
): Request {
  const timestamp = options.timestamp ?? Math.floor(nowMs() / 1000);
  const nonce = options.nonce ?? testNonce();
  const canonical = canonicalRequest(method, pathWithQuery, timestamp, nonce, body);
  const signature = signRsaSha256(options.privateKey ?? merchant.privateKey, canonical);
  const authorization =
    options.authorization !== undefined
      ? options.authorization
      : `PAYLANE-RSA-SHA256 merchant_id="${options.merchantId ?? merchant.merchantId}",key_id="${options.keyId ?? merchant.keyId}",timestamp="${timestamp}",nonce="${nonce}",signature="${signature}"`;
  const headers = new Headers({ "Content-Type": "application/json" });
  if (authorization !== null) headers.set("Authorization", authorization);
  return new Request(`${TEST_ORIGIN}${pathWithQuery}`, {
    method,
    headers,
    ...(method === "GET" || method === "HEAD" ? {} : { body }),
  });
}

/** Whether a response carries a valid platform signature over exactly `body`. */
export async function isSignedByPlatform(response: Response, body: string): Promise<boolean> {
  const timestamp = response.headers.get(SIGNATURE_HEADERS.timestamp);
  const nonce = response.headers.get(SIGNATURE_HEADERS.nonce);
  const signature = response.headers.get(SIGNATURE_HEADERS.signature);
  if (!timestamp || !nonce || !signature) return false;
  return verifyPlatformSignature(await getPlatformPublicKeyPem(db), { timestamp, nonce, signature }, body);
}

/** Reads a response as text and JSON, and checks its signature. */
export async function readSigned(
  response: Response,
): Promise<{ status: number; json: unknown; signed: boolean }> {
  const text = await response.text();
  return {
    status: response.status,
    json: JSON.parse(text),
    signed: await isSignedByPlatform(response, text),
  };
}

/** A payment request body a test can tweak. */
export function paymentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    orderId: `T${randomBytes(6).toString("hex")}`,
    amount: 1999,
    currency: "CNY",
    subject: "Blue mug",
    notifyUrl: "https://shop.example/paylane/notify",
    returnUrl: "https://shop.example/orders/1",
    ...overrides,
  };
}
