import type { Tx } from "@/lib/db";
import type { AccountSpec } from "./accounts";
import { lockAccounts } from "./lock-accounts";

function codeOf(account: AccountSpec | string): string {
  return typeof account === "string" ? account : account.code;
}

/**
 * An account's balance in its normal direction (a wallet's spendable money, a bank's holdings), in
 * minor units. An account nothing was ever posted to does not exist yet and has a balance of 0.
 */
export async function getBalance(tx: Tx, account: AccountSpec | string): Promise<bigint> {
  const balances = await getBalances(tx, [account]);
  return balances.get(codeOf(account)) ?? 0n;
}

/** Balances of several accounts read in one statement (one consistent snapshot), keyed by code. */
export async function getBalances(
  tx: Tx,
  accounts: readonly (AccountSpec | string)[],
): Promise<Map<string, bigint>> {
  const codes = [...new Set(accounts.map(codeOf))];
  const balances = new Map<string, bigint>(codes.map((code) => [code, 0n]));
  if (codes.length === 0) return balances;
  const rows = await tx.ledgerAccount.findMany({
    where: { code: { in: codes } },
    select: { code: true, balance: true },
  });
  for (const row of rows) balances.set(row.code, row.balance);
  return balances;
}

/**
 * Balances of accounts locked (FOR UPDATE, in the global order) until the caller's transaction ends:
 * for a decision that depends on a balance (how much of a refund the pending balance covers), so that
 * no concurrent posting can change it between the read and the entry that follows.
 */
export async function getLockedBalances(
  tx: Tx,
  accounts: readonly AccountSpec[],
): Promise<Map<string, bigint>> {
  await lockAccounts(tx, accounts);
  return getBalances(tx, accounts);
}
