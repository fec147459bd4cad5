import type { Db } from "@/lib/db";
import { toKeyView, type MerchantKeyView } from "./list-merchant-keys";

/** One of the merchant's keys (for the revoke confirmation); another merchant's key is null, a 404. */
export async function getMerchantKey(
  db: Db,
  merchantId: string,
  keyId: string,
): Promise<MerchantKeyView | null> {
  const key = await db.merchantKey.findFirst({ where: { id: keyId, merchantId } });
  return key ? toKeyView(key) : null;
}
