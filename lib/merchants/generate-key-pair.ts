import type { Tx } from "@/lib/db";
import { generateRsaKeyPair } from "@/lib/signing/rsa";
import { registerMerchantKey, type RegisteredKey } from "./register-key";

export type GeneratedMerchantKey = RegisteredKey & {
  /** PKCS#8 PEM. Shown to the merchant once; the gateway never stores it. */
  privateKeyPem: string;
};

/**
 * Generates an RSA-2048 key pair for a merchant that has none of its own, registers the public half,
 * and returns the private half to hand over once. Only the public key is written anywhere.
 */
export async function generateMerchantKeyPair(
  tx: Tx,
  options: { merchantId: string },
): Promise<GeneratedMerchantKey> {
  const { publicKeyPem, privateKeyPem } = await generateRsaKeyPair();
  const registered = await registerMerchantKey(tx, { merchantId: options.merchantId, publicKeyPem });
  return { ...registered, privateKeyPem };
}
