import { ccmb } from "./ccmb";
import { BankError } from "./errors";
import { icmb } from "./icmb";
import { mcmb } from "./mcmb";
import type { BankConnector, BankDescriptor, BankFeeRule, PlatformSigner } from "./types";

/** Every bank the gateway knows. Adding a bank: a folder with its connector, and one line here. */
export const BANKS: readonly BankDescriptor[] = [icmb, ccmb, mcmb];

export interface BanksConfig {
  /** Base URL by bank code; a bank without one uses its defaultUrl. */
  urls?: Partial<Record<string, string>>;
  /** Pinned public keys (PEM) by bank code; others are fetched from <url>/.well-known/bank-key.pem. */
  publicKeys?: Partial<Record<string, string>>;
  timeoutMs?: number;
}

export interface BankEntry {
  code: string;
  name: { zh: string; en: string };
  colour: string;
  url: string;
  wireFormat: string;
  /** The bank's fee rule, against which the fees in its settlement files are checked. */
  fees: BankFeeRule;
}

export interface BankRegistry {
  /** All known banks, in display order. Whether a bank is enabled is the gateway's setting, not ours. */
  list(): readonly BankEntry[];
  get(code: string): BankConnector | undefined;
  /** Like get, but an unknown code throws BankError("unknown_bank"). */
  connector(code: string): BankConnector;
}

export function createBankRegistry(options: {
  signer: PlatformSigner;
  config?: BanksConfig;
  fetch?: typeof fetch;
  now?: () => Date;
  banks?: readonly BankDescriptor[];
}): BankRegistry {
  const config = options.config ?? {};
  const descriptors = options.banks ?? BANKS;
  const entries = descriptors.map((bank) => ({
    entry: {
      code: bank.code,
      name: bank.name,
      colour: bank.colour,
      url: config.urls?.[bank.code] ?? bank.defaultUrl,
      wireFormat: bank.wireFormat,
      fees: bank.fees,
    },
    bank,
  }));
  // Connectors are built on first use: each caches its bank's key, so one instance per bank is kept.
  const connectors = new Map<string, BankConnector>();

  const get = (code: string): BankConnector | undefined => {
    const found = entries.find(({ entry }) => entry.code === code);
    if (!found) return undefined;
    let connector = connectors.get(code);
    if (!connector) {
      connector = found.bank.createConnector({
        baseUrl: found.entry.url,
        signer: options.signer,
        bankPublicKeyPem: config.publicKeys?.[code],
        fetch: options.fetch,
        timeoutMs: config.timeoutMs,
        now: options.now,
      });
      connectors.set(code, connector);
    }
    return connector;
  };

  return {
    list: () => entries.map(({ entry }) => entry),
    get,
    connector(code) {
      const connector = get(code);
      if (!connector) throw new BankError("unknown_bank", `no bank with code ${code}`);
      return connector;
    },
  };
}

/**
 * Builds the configuration from environment-style variables: BANK_<CODE>_URL and BANK_<CODE>_PUBLIC_KEY.
 * lib/ never reads process.env itself: the caller (lib/env.ts) passes the variables in.
 */
export function bankConfigFromEnv(vars: Record<string, string | undefined>, banks = BANKS): BanksConfig {
  const urls: Record<string, string> = {};
  const publicKeys: Record<string, string> = {};
  for (const bank of banks) {
    const prefix = `BANK_${bank.code.toUpperCase()}`;
    const url = vars[`${prefix}_URL`];
    const key = vars[`${prefix}_PUBLIC_KEY`];
    if (url) urls[bank.code] = url;
    if (key) publicKeys[bank.code] = key.replace(/\\n/g, "\n");
  }
  return { urls, publicKeys };
}
