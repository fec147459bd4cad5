// What the bench writes into its database through the gateway's own verbs, as an operator would:
// approved merchants with their key pairs, and the platform key. Import this module only after
// DATABASE_URL names the bench database (lib/env reads it once, at import).
import { db } from "@/lib/db";
import { accounts } from "@/lib/ledger";
import { ensureAccounts } from "@/lib/ledger/ensure-accounts";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { generateMerchantKeyPair } from "@/lib/merchants/generate-key-pair";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import { credentials, type MerchantCredentials } from "./signed-request";

export { db };

/** `count` approved merchants, each with its own RSA key pair (generated in parallel: ~0.1 s each). */
export async function createBenchMerchants(count: number, label: string): Promise<MerchantCredentials[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const merchant = await createMerchant(db, {
        name: `Bench ${label} shop ${index + 1}`,
        email: `bench-${label}-${index + 1}@example.com`,
        siteUrl: "https://bench.example",
        status: "ACTIVE",
      });
      const key = await generateMerchantKeyPair(db, { merchantId: merchant.id });
      return credentials(merchant.id, key.keyId, key.privateKeyPem);
    }),
  );
}

/** The platform key (generated and stored on first use), which the banks and the merchants verify. */
export function platformPublicKeyPem(): Promise<string> {
  return getPlatformPublicKeyPem(db);
}

/**
 * Opens (through the ledger's own code) the accounts one merchant's bank-card payments post to, so that
 * the raw-SQL ceiling (scenarios/ledger-ceiling.ts) never takes the rarer "open the account" path.
 */
export async function ensurePaymentAccounts(merchantIds: readonly string[], bankCodes: readonly string[]) {
  const specs = [
    accounts.platformFees(),
    ...bankCodes.map((code) => accounts.bankClearing(code)),
    ...merchantIds.map((id) => accounts.merchantPending(id)),
  ];
  await db.$transaction((tx) => ensureAccounts(tx, specs));
}
