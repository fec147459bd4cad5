import type { Db } from "@/lib/db";
import { accounts, getBalances } from "@/lib/ledger";

export type MerchantBalances = { pending: bigint; available: bigint };

/**
 * The merchant's money as the ledger holds it: pending (paid by shoppers, not yet settled) and
 * available (settled, may be withdrawn). Read in one statement so the two figures are one snapshot.
 */
export async function getMerchantBalances(db: Db, merchantId: string): Promise<MerchantBalances> {
  const pending = accounts.merchantPending(merchantId);
  const available = accounts.merchantAvailable(merchantId);
  const balances = await getBalances(db, [pending, available]);
  return {
    pending: balances.get(pending.code) ?? 0n,
    available: balances.get(available.code) ?? 0n,
  };
}
