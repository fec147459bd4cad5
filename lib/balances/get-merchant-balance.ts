import type { Db } from "@/lib/db";
import { accounts, getBalances } from "@/lib/ledger";

export type MerchantBalance = { currency: "CNY"; available: bigint; pending: bigint };

/**
 * A merchant's money at the gateway, straight from the ledger: `pending` is received but not yet
 * settled, `available` is settled and not yet withdrawn.
 */
export async function getMerchantBalance(db: Db, merchantId: string): Promise<MerchantBalance> {
  const pending = accounts.merchantPending(merchantId);
  const available = accounts.merchantAvailable(merchantId);
  const balances = await getBalances(db, [pending, available]);
  return {
    currency: "CNY",
    available: balances.get(available.code) ?? 0n,
    pending: balances.get(pending.code) ?? 0n,
  };
}
