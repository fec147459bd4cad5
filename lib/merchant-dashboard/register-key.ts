import type { Db } from "@/lib/db";
import { registerMerchantKey, type RegisteredKey } from "@/lib/merchants/register-key";

/**
 * Registers a public key the merchant made themselves. The PEM is checked by lib/signing (one PEM
 * public key, RSA, 2048 bits or more, not a private key); a bad one is an AppError naming the field
 * `publicKeyPem`, which the form shows beside the textarea.
 */
export function registerKeyForMerchant(
  db: Db,
  merchantId: string,
  publicKeyPem: string,
): Promise<RegisteredKey> {
  return db.$transaction((tx) => registerMerchantKey(tx, { merchantId, publicKeyPem }));
}
