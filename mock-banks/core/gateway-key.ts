import { createPublicKey, type KeyObject } from "node:crypto";
import { verifyWith } from "./keys";

export interface GatewayKeySource {
  /** True when `signature` is the gateway's over `data`. Throws GatewayKeyUnavailableError if unknown. */
  verify(data: string, signature: string): Promise<boolean>;
}

export class GatewayKeyUnavailableError extends Error {
  constructor(cause: unknown) {
    super("the gateway's public key could not be loaded", { cause });
    this.name = "GatewayKeyUnavailableError";
  }
}

interface Options {
  pem?: string;
  url: string;
  /** After a failed verification, refetch at most this often, so a rotated key is picked up. */
  refetchAfterMs?: number;
  timeoutMs?: number;
}

/**
 * The gateway's key is fetched lazily because the banks usually start before the gateway does, and
 * cached because every incoming message needs it.
 */
export function createGatewayKeySource(options: Options): GatewayKeySource {
  const pinned = options.pem ? createPublicKey(options.pem) : undefined;
  const refetchAfterMs = options.refetchAfterMs ?? 30_000;
  let cached: KeyObject | undefined;
  let fetchedAt = 0;

  async function load(): Promise<KeyObject> {
    try {
      const response = await fetch(options.url, { signal: AbortSignal.timeout(options.timeoutMs ?? 5_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      cached = createPublicKey(await response.text());
      fetchedAt = Date.now();
      return cached;
    } catch (error) {
      throw new GatewayKeyUnavailableError(error);
    }
  }

  return {
    async verify(data, signature) {
      if (pinned) return verifyWith(pinned, data, signature);
      const key = cached ?? (await load());
      if (verifyWith(key, data, signature)) return true;
      if (Date.now() - fetchedAt < refetchAfterMs) return false;
      return verifyWith(await load(), data, signature);
    },
  };
}
