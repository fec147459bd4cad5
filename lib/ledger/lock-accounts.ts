import type { Tx } from "@/lib/db";
import type { AccountSpec } from "./accounts";
import { ensureAccounts } from "./ensure-accounts";

async function lockExisting(tx: Tx, codes: readonly string[]): Promise<Set<string>> {
  // ORDER BY runs before the row locks are taken, so they are taken in id order.
  const rows = await tx.$queryRaw<{ code: string }[]>`
    SELECT code FROM ledger_accounts WHERE code = ANY(${codes}::text[]) ORDER BY id FOR UPDATE`;
  return new Set(rows.map((row) => row.code));
}

/**
 * Locks the accounts an entry will touch, in one global order (account id), opening any that do not
 * exist yet, before the posting statement runs.
 *
 * Why not leave it to the balance trigger, which also locks in id order: inserting the postings first
 * runs their foreign-key checks, which take KEY SHARE locks on the accounts in line order, and KEY SHARE
 * conflicts with the trigger's FOR UPDATE. Two opposite transfers (A→B and B→A) then each hold a
 * KEY SHARE the other needs and deadlock; the concurrent property test found exactly that. Holding the
 * FOR UPDATE locks in id order before the insert makes those checks and the trigger's locks no-ops on
 * rows this transaction already owns.
 *
 * Accounts opened here are invisible to others until commit (anyone opening the same one waits for us),
 * and ensureAccounts inserts in code order, so that path cannot deadlock either.
 */
export async function lockAccounts(tx: Tx, specs: readonly AccountSpec[]): Promise<void> {
  const codes = [...new Set(specs.map((spec) => spec.code))];
  const locked = await lockExisting(tx, codes);
  const missing = specs.filter((spec) => !locked.has(spec.code));
  if (missing.length === 0) return;
  await ensureAccounts(tx, missing);
  // Some may have been opened by a concurrent transaction that committed in the meantime.
  await lockExisting(
    tx,
    missing.map((spec) => spec.code),
  );
}
