import type { Db } from "@/lib/db";
import { accounts, getBalance } from "@/lib/ledger";
import { getAccountHistory, type AccountHistoryPage } from "@/lib/ledger/get-account-history";

export type WalletOverview = { balance: bigint; history: AccountHistoryPage };

/** A wallet user's balance and newest movements, straight from the ledger. */
export async function getWalletOverview(
  db: Db,
  userId: string,
  cursor?: string | null,
): Promise<WalletOverview> {
  const account = accounts.wallet(userId);
  const [balance, history] = await Promise.all([
    getBalance(db, account),
    getAccountHistory(db, account, { limit: 20, cursor }),
  ]);
  return { balance, history };
}
