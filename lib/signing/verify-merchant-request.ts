import { createPublicKey, type KeyObject } from "node:crypto";
import type { MerchantStatus } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { nowMs } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { claimNonce } from "./nonce-store";
import { verifyRsaSha256 } from "./rsa";

export const AUTH_SCHEME = "PAYLANE-RSA-SHA256";
/** A request's signed timestamp may differ from the gateway's clock by this much (spec: 300 s). */
export const TIMESTAMP_TOLERANCE_SECONDS = 300;
export const NONCE_PATTERN = /^[A-Za-z0-9]{16,64}$/;

export type AuthorizationParams = {
  merchantId: string;
  keyId: string;
  timestamp: number;
  nonce: string;
  /** base64, as sent */
  signature: string;
};

const PARAM_NAMES = ["merchant_id", "key_id", "timestamp", "nonce", "signature"] as const;
type ParamName = (typeof PARAM_NAMES)[number];
const PARAM = /^\s*([a-z_]+)\s*=\s*(?:"([^"]*)"|([^\s",]*))\s*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Parses `PAYLANE-RSA-SHA256 merchant_id="…",key_id="…",timestamp="…",nonce="…",signature="…"`.
 * Values may be quoted or bare and the parameters in any order; each must appear exactly once. Null
 * for anything else.
 */
export function parseAuthorization(header: string | null): AuthorizationParams | null {
  if (!header) return null;
  const space = header.indexOf(" ");
  if (space < 0 || header.slice(0, space) !== AUTH_SCHEME) return null;
  const values = new Map<ParamName, string>();
  for (const part of header.slice(space + 1).split(",")) {
    const match = PARAM.exec(part);
    const name = PARAM_NAMES.find((candidate) => candidate === match?.[1]);
    if (!match || !name || values.has(name)) return null;
    values.set(name, match[2] ?? match[3] ?? "");
  }
  const [merchantId, keyId, timestamp, nonce, signature] = PARAM_NAMES.map((name) => values.get(name));
  if (!merchantId || !keyId || !timestamp || !nonce || !signature) return null;
  if (!/^\d{1,12}$/.test(timestamp) || !NONCE_PATTERN.test(nonce) || !BASE64.test(signature)) return null;
  return {
    merchantId,
    keyId,
    timestamp: Number(timestamp),
    nonce,
    signature,
  };
}

/**
 * The bytes a merchant signs: `METHOD\npath-with-query\ntimestamp\nnonce\nbody\n` (spec), with the body
 * as the raw bytes received, so nothing (a BOM, a re-encoding) can differ from what was signed.
 */
export function canonicalRequest(
  method: string,
  pathWithQuery: string,
  timestamp: number | string,
  nonce: string,
  body: string | Buffer,
): Buffer {
  return Buffer.concat([
    Buffer.from(`${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${nonce}\n`, "utf8"),
    typeof body === "string" ? Buffer.from(body, "utf8") : body,
    Buffer.from("\n", "utf8"),
  ]);
}

export type AuthenticatedMerchant = {
  id: string;
  keyId: string;
  status: MerchantStatus;
  apiRateLimitPerSecond: number | null;
};

export type SignedRequest = {
  method: string;
  pathWithQuery: string;
  authorization: string | null;
  body: string | Buffer;
};

export type VerificationResult =
  | { ok: true; merchant: AuthenticatedMerchant }
  /** `merchant` is set when the key named a real merchant: the error response is then signed too. */
  | { ok: false; error: AppError; merchant: AuthenticatedMerchant | null };

// Parsed public keys by key id: PEM parsing costs more than the verification itself.
const keyCache = new Map<string, { pem: string; key: KeyObject }>();

function publicKeyFor(keyId: string, pem: string): KeyObject | null {
  const cached = keyCache.get(keyId);
  if (cached?.pem === pem) return cached.key;
  try {
    const key = createPublicKey(pem);
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(keyId, { pem, key });
    return key;
  } catch {
    return null;
  }
}

type KeyWithMerchant = {
  id: string;
  merchantId: string;
  publicKeyPem: string;
  status: string;
  merchantStatus: MerchantStatus;
  apiRateLimitPerSecond: number | null;
};

/**
 * A key and what the request's handling needs of its merchant, read on every signed request (never
 * cached: a revoked key or a suspended merchant must stop working at once): one statement.
 */
async function keyWithMerchant(db: Db, keyId: string): Promise<KeyWithMerchant | null> {
  const rows = await db.$queryRaw<KeyWithMerchant[]>`
    SELECT k."id", k."merchantId", k."publicKeyPem", k."status"::text AS "status",
           m."status"::text AS "merchantStatus", m."apiRateLimitPerSecond"
      FROM "merchant_keys" k JOIN "merchants" m ON m."id" = k."merchantId"
     WHERE k."id" = ${keyId}`;
  return rows[0] ?? null;
}

const MALFORMED = `Missing or malformed Authorization header; expected ${AUTH_SCHEME} merchant_id, key_id, timestamp, nonce (16-64 letters and digits) and signature.`;
const BAD_SIGNATURE =
  "The signature does not verify with an active key of this merchant (check key_id and the canonical string).";

/**
 * Authenticates a merchant's signed request exactly as the spec says: a registered, active key of
 * that merchant signed the canonical string; the timestamp is within 300 s of the gateway's clock; and
 * the nonce is new for this merchant in the last 15 minutes (recorded only once the signature holds,
 * so a forger cannot burn a merchant's nonces).
 */
export async function verifyMerchantRequest(db: Db, request: SignedRequest): Promise<VerificationResult> {
  const params = parseAuthorization(request.authorization);
  if (!params) return { ok: false, error: new AppError("signature_invalid", MALFORMED), merchant: null };
  const key = await keyWithMerchant(db, params.keyId);
  if (!key || key.merchantId !== params.merchantId) {
    return { ok: false, error: new AppError("signature_invalid", BAD_SIGNATURE), merchant: null };
  }
  const merchant: AuthenticatedMerchant = {
    id: key.merchantId,
    keyId: key.id,
    status: key.merchantStatus,
    apiRateLimitPerSecond: key.apiRateLimitPerSecond,
  };
  const fail = (error: AppError): VerificationResult => ({ ok: false, error, merchant });
  const publicKey = key.status === "ACTIVE" ? publicKeyFor(key.id, key.publicKeyPem) : null;
  const canonical = canonicalRequest(
    request.method,
    request.pathWithQuery,
    params.timestamp,
    params.nonce,
    request.body,
  );
  if (!publicKey || !verifyRsaSha256(publicKey, canonical, params.signature)) {
    return fail(new AppError("signature_invalid", BAD_SIGNATURE));
  }
  const skew = Math.abs(Math.floor(nowMs() / 1000) - params.timestamp);
  if (skew > TIMESTAMP_TOLERANCE_SECONDS) {
    return fail(
      new AppError(
        "timestamp_out_of_range",
        `The signed timestamp is ${skew} s from the gateway's clock; at most ${TIMESTAMP_TOLERANCE_SECONDS} s is accepted.`,
      ),
    );
  }
  if (!(await claimNonce(db, merchant.id, params.nonce))) {
    return fail(new AppError("nonce_reused", "This nonce was already used in the last 15 minutes."));
  }
  return { ok: true, merchant };
}
