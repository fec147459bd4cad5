import type { Db, Tx } from "@/lib/db";
import { now } from "@/lib/clock";

/**
 * Revokes a merchant's API key for good; request verification reads the status on every request, so
 * the key stops authenticating at once. Revoking a revoked key changes nothing (returns false).
 */
export async function revokeKey(db: Db | Tx, key: { merchantId: string; keyId: string }): Promise<boolean> {
  const { count } = await db.merchantKey.updateMany({
    where: { id: key.keyId, merchantId: key.merchantId, status: "ACTIVE" },
    data: { status: "REVOKED", revokedAt: now() },
  });
  return count === 1;
}
