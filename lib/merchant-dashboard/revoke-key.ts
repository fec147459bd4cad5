import type { Db } from "@/lib/db";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { AppError } from "@/lib/errors";
import { revokeKey } from "@/lib/merchants/revoke-key";

export type RevokeResult = { keyId: string; merchantId: string; revoked: boolean };

/**
 * A member revokes an API key: the merchant is the key's own (a member of another merchant gets
 * `not_found`) and the member needs `keys.manage`.
 */
export async function revokeMerchantKey(
  db: Db,
  options: { userId: string; keyId: string },
): Promise<RevokeResult> {
  const key = await db.merchantKey.findUnique({
    where: { id: options.keyId },
    select: { id: true, merchantId: true },
  });
  if (!key) throw new AppError("not_found", "No such key.");
  await requireMerchantPermission(db, options.userId, key.merchantId, "keys.manage");
  const revoked = await revokeKey(db, { merchantId: key.merchantId, keyId: key.id });
  return { keyId: key.id, merchantId: key.merchantId, revoked };
}
