import { constants, createPublicKey, publicDecrypt, verify, type KeyObject } from "node:crypto";
import { BankError } from "./errors";

export interface BankKey {
  /** True when `signature` (base64 RSA-SHA256) is the bank's over the UTF-8 bytes of `data`. */
  verify(data: string, signature: string): Promise<boolean>;
  /** The same check for data too large to hold (a settlement file), given its SHA-256 digest. */
  verifyDigest(sha256: Buffer, signature: string): Promise<boolean>;
}

interface Options {
  bank: string;
  baseUrl: string;
  pem?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** After a failed verification, refetch the key at most this often (a bank may rotate it). */
  refetchAfterMs?: number;
}

/**
 * The bank's public key, pinned from configuration or fetched once from the bank's well-known URL.
 * A failed verification refetches it at most once a minute, so a rotated key is picked up but forged
 * messages cannot make the gateway hammer the bank.
 */
export function createBankKey(options: Options): BankKey {
  const pinned = options.pem ? createPublicKey(options.pem) : undefined;
  const doFetch = options.fetch ?? fetch;
  const refetchAfterMs = options.refetchAfterMs ?? 60_000;
  let cached: Promise<KeyObject> | undefined;
  let fetchedAt = 0;

  const load = (): Promise<KeyObject> => {
    fetchedAt = Date.now();
    const url = `${options.baseUrl.replace(/\/+$/, "")}/.well-known/bank-key.pem`;
    const loading = doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return createPublicKey(await response.text());
      })
      .catch((cause: unknown) => {
        cached = undefined; // do not cache a failure
        throw new BankError("unavailable", "the bank's public key could not be loaded", options.bank, {
          cause,
        });
      });
    cached = loading;
    return loading;
  };

  const withKey = async (check: (key: KeyObject) => boolean): Promise<boolean> => {
    if (pinned) return check(pinned);
    if (check(await (cached ?? load()))) return true;
    if (Date.now() - fetchedAt < refetchAfterMs) return false;
    return check(await load());
  };

  return {
    verify: (data, signature) => withKey((key) => check(key, data, signature)),
    verifyDigest: (sha256, signature) => withKey((key) => checkDigest(key, sha256, signature)),
  };
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function check(key: KeyObject, data: string, signature: string): boolean {
  if (!BASE64.test(signature)) return false;
  try {
    return verify("sha256", Buffer.from(data, "utf8"), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

// DER of DigestInfo { sha256, NULL } followed by the 32-byte digest: what RSASSA-PKCS1-v1_5 signs.
const SHA256_DIGEST_INFO = Buffer.from("3031300d060960864801650304020105000420", "hex");

/**
 * RSASSA-PKCS1-v1_5 verification from a digest (RFC 8017 §8.2.2): the public-key operation with type-1
 * unpadding must give back exactly DigestInfo(SHA-256, digest). Equivalent to verify("sha256", data)
 * over the data the digest was computed from.
 */
function checkDigest(key: KeyObject, sha256: Buffer, signature: string): boolean {
  if (!BASE64.test(signature) || sha256.length !== 32) return false;
  try {
    const block = publicDecrypt(
      { key, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(signature, "base64"),
    );
    return block.equals(Buffer.concat([SHA256_DIGEST_INFO, sha256]));
  } catch {
    return false;
  }
}
