import { db } from "@/lib/db";
import { bankEnv } from "@/lib/env";
import { bankConfigFromEnv, createBankRegistry, type BankRegistry } from "@/lib/banks";
import { getPlatformPrivateKey } from "@/lib/signing/platform-key";
import { signRsaSha256 } from "@/lib/signing/rsa";

const globalForBanks = globalThis as unknown as { paylaneBanks?: BankRegistry };

// Bank messages carry real time (banks check it against their own clocks), so no `now` from lib/clock.
/** The gateway's bank connectors, signing with the platform key, configured by BANK_<CODE>_URL. */
export function bankRegistry(): BankRegistry {
  globalForBanks.paylaneBanks ??= createBankRegistry({
    signer: { sign: async (data) => signRsaSha256(await getPlatformPrivateKey(db), data) },
    config: bankConfigFromEnv(bankEnv),
  });
  return globalForBanks.paylaneBanks;
}
