import type { Db } from "@/lib/db";
import { accounts, getBalance } from "@/lib/ledger";
import type { WalletHistoryFilter } from "./history-filters";
import { listWalletMovements, type WalletMovementPage } from "./list-wallet-movements";

export type WalletOverview = { balance: bigint; history: WalletMovementPage };

/** A wallet user's balance and a page of their movements, straight from the ledger. */
export async function getWalletOverview(
  db: Db,
  userId: string,
  options: { filter?: WalletHistoryFilter; cursor?: string | null } = {},
): Promise<WalletOverview> {
  const [balance, history] = await Promise.all([
    getBalance(db, accounts.wallet(userId)),
    listWalletMovements(db, { userId, ...options }),
  ]);
  return { balance, history };
}
