import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { BankError } from "./errors";

export interface BankKey {
  /** True when `signature` (base64 RSA-SHA256) is the bank's over the UTF-8 bytes of `data`. */
  verify(data: string, signature: string): Promise<boolean>;
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

  return {
    async verify(data, signature) {
      if (pinned) return check(pinned, data, signature);
      if (check(await (cached ?? load()), data, signature)) return true;
      if (Date.now() - fetchedAt < refetchAfterMs) return false;
      return check(await load(), data, signature);
    },
  };
}

function check(key: KeyObject, data: string, signature: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
  try {
    return verify("sha256", Buffer.from(data, "utf8"), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
