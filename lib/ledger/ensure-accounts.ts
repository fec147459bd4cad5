import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import type { AccountSpec } from "./accounts";

/**
 * Opens the accounts that do not exist yet (at a zero balance, as the database requires). Accounts
 * exist only once something is posted to them, so the chart of accounts needs no setup step.
 *
 * Inserted in code order: two transactions opening the same new accounts then wait on each other in
 * the same order instead of deadlocking. An account opened by a concurrent transaction makes this one
 * wait for it to commit, then skip it.
 */
export async function ensureAccounts(tx: Tx, specs: readonly AccountSpec[]): Promise<void> {
  const unique = [...new Map(specs.map((spec) => [spec.code, spec])).values()];
  unique.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (unique.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO ledger_accounts (id, code, name, "normalSide", "allowNegative")
    SELECT id, code, name, side::"NormalSide", allow
      FROM unnest(
        ${unique.map(() => newId("acct"))}::text[],
        ${unique.map((s) => s.code)}::text[],
        ${unique.map((s) => s.name)}::text[],
        ${unique.map((s) => s.normalSide)}::text[],
        ${unique.map((s) => String(s.allowNegative))}::text[]::boolean[]
      ) WITH ORDINALITY AS spec(id, code, name, side, allow, n)
     ORDER BY n
    ON CONFLICT (code) DO NOTHING`;
}
