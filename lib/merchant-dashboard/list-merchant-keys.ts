import type { KeyStatus } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db";
import { publicKeyFingerprint } from "@/lib/signing/rsa";

export type MerchantKeyView = {
  keyId: string;
  fingerprint: string;
  status: KeyStatus;
  createdAt: Date;
  revokedAt: Date | null;
  publicKeyPem: string;
};

export function toKeyView(key: {
  id: string;
  publicKeyPem: string;
  status: KeyStatus;
  createdAt: Date;
  revokedAt: Date | null;
}): MerchantKeyView {
  return {
    keyId: key.id,
    fingerprint: publicKeyFingerprint(key.publicKeyPem),
    status: key.status,
    createdAt: key.createdAt,
    revokedAt: key.revokedAt,
    publicKeyPem: key.publicKeyPem,
  };
}

/** The merchant's API keys, active ones first, then newest first; revoked keys stay listed for audit. */
export async function listMerchantKeys(db: Db, merchantId: string): Promise<MerchantKeyView[]> {
  const keys = await db.merchantKey.findMany({
    where: { merchantId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
  });
  return keys.map(toKeyView);
}
