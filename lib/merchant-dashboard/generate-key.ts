import type { Db } from "@/lib/db";
import { generateMerchantKeyPair, type GeneratedMerchantKey } from "@/lib/merchants/generate-key-pair";

/**
 * Generates a key pair for the merchant and registers its public half. The private key is in the
 * result only: the caller shows it once and must not log or store it; the gateway keeps no copy.
 */
export function generateKeyForMerchant(db: Db, merchantId: string): Promise<GeneratedMerchantKey> {
  return db.$transaction((tx) => generateMerchantKeyPair(tx, { merchantId }));
}
