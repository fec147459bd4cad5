import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { publicKeyFingerprint, validateMerchantPublicKeyPem } from "@/lib/signing/rsa";

export type RegisteredKey = { keyId: string; merchantId: string; publicKeyPem: string; fingerprint: string };

/**
 * Registers a merchant's RSA public key (SPKI PEM, 2048 bits or more) and returns its `keyId` (`key_…`),
 * which the merchant puts in the Authorization header. Registering the same key twice for the same
 * merchant returns the existing key rather than a second id.
 */
export async function registerMerchantKey(
  tx: Tx,
  options: { merchantId: string; publicKeyPem: string },
): Promise<RegisteredKey> {
  const publicKeyPem = validateMerchantPublicKeyPem(options.publicKeyPem);
  const merchant = await tx.merchant.findUnique({ where: { id: options.merchantId }, select: { id: true } });
  if (!merchant) throw new AppError("not_found", "No such merchant.");
  const fingerprint = publicKeyFingerprint(publicKeyPem);
  const existing = await tx.merchantKey.findFirst({
    where: { merchantId: merchant.id, publicKeyPem, status: "ACTIVE" },
    select: { id: true },
  });
  if (existing) return { keyId: existing.id, merchantId: merchant.id, publicKeyPem, fingerprint };
  const key = await tx.merchantKey.create({
    data: { id: newId("key"), merchantId: merchant.id, publicKeyPem },
  });
  return { keyId: key.id, merchantId: merchant.id, publicKeyPem, fingerprint };
}
