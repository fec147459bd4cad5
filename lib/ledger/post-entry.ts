import type { Db, Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { LedgerError, InsufficientFundsError } from "./errors";
import { lockAccounts } from "./lock-accounts";
import { netByAccount, validateEntry, type EntryInput } from "./entry";
import { postgresErrorOf } from "./postgres-error";

export type PostEntryResult = {
  /** false when this (eventType, eventId) had already been posted: nothing new was written. */
  posted: boolean;
  entryId: string;
};

/**
 * Posts one journal entry inside the caller's transaction, so that the state change it accounts for
 * (a payment marked paid, a withdrawal recorded) commits or rolls back together with the money.
 *
 * The accounts are locked first (in id order, see lock-accounts.ts), then the entry and all its postings
 * are written by a single SQL statement: the database's triggers check, at the end of each statement,
 * that every entry it touched balances, and they move account balances.
 *
 * Posting the same (eventType, eventId) again, even concurrently, writes nothing and returns the
 * original entry's id with `posted: false`; a replay whose lines differ is a bug and throws.
 *
 * Throws InsufficientFundsError when an account that may not go negative would; the caller's
 * transaction is then aborted and must be rolled back (let the error propagate). A caller that posts
 * several entries in one transaction should prefer one entry with more lines: locks of separate
 * entries are ordered per entry only.
 */
export async function postEntry(tx: Tx, input: EntryInput): Promise<PostEntryResult> {
  validateEntry(input);
  await lockAccounts(
    tx,
    input.lines.map((line) => line.account),
  );
  const entryId = newId("je");
  const at = now();
  let rows: { entryId: string }[];
  try {
    rows = await tx.$queryRaw<{ entryId: string }[]>`
      WITH entry AS (
        INSERT INTO journal_entries (id, "eventType", "eventId", description, "createdAt")
        VALUES (${entryId}, ${input.eventType}, ${input.eventId}, ${input.description}, ${at})
        ON CONFLICT ("eventType", "eventId") DO NOTHING
        RETURNING id
      )
      INSERT INTO postings ("entryId", "accountId", amount, "createdAt")
      SELECT entry.id, account.id, line.amount, ${at}
        FROM entry
       CROSS JOIN unnest(
               ${input.lines.map((line) => line.account.code)}::text[],
               ${input.lines.map((line) => line.amount.toString())}::text[]::bigint[]
             ) WITH ORDINALITY AS line(code, amount, n)
        JOIN ledger_accounts account ON account.code = line.code
       ORDER BY line.n
      RETURNING "entryId"`;
  } catch (error) {
    throw translateError(error);
  }
  if (rows.length > 0) return { posted: true, entryId };
  return { posted: false, entryId: await checkReplay(tx, input) };
}

/**
 * postEntry in a transaction of its own, for callers with no other state to change atomically. It may
 * wait up to 10 s for a pooled connection (Prisma's default is 2 s), so a burst queues instead of failing.
 */
export function postEntryStandalone(db: Db, input: EntryInput): Promise<PostEntryResult> {
  return db.$transaction((tx) => postEntry(tx, input), { maxWait: 10_000 });
}

const NON_NEGATIVE_CONSTRAINT = "ledger_accounts_balance_non_negative";

/** The CHECK on ledger_accounts (SQLSTATE 23514) becomes a typed error naming the account. */
function translateError(error: unknown): unknown {
  const pg = postgresErrorOf(error);
  if (pg?.code === "23514" && pg.message.includes(NON_NEGATIVE_CONSTRAINT)) {
    // "Failing row contains (<id>, <code>, …)": the account's code is the second column.
    const code = /^Failing row contains \([^,]*, ([^,]+),/.exec(pg.detail ?? "")?.[1];
    return new InsufficientFundsError(code);
  }
  return error;
}

/** The entry already posted for this event, checked to have the same effect as the one just asked for. */
async function checkReplay(tx: Tx, input: EntryInput): Promise<string> {
  const rows = await tx.$queryRaw<{ entryId: string; code: string; net: bigint }[]>`
    SELECT e.id AS "entryId", a.code, SUM(p.amount)::bigint AS net
      FROM journal_entries e
      JOIN postings p ON p."entryId" = e.id
      JOIN ledger_accounts a ON a.id = p."accountId"
     WHERE e."eventType" = ${input.eventType} AND e."eventId" = ${input.eventId}
     GROUP BY e.id, a.code`;
  const first = rows[0];
  if (!first) {
    // ON CONFLICT saw a row this statement cannot: only possible outside READ COMMITTED.
    throw new LedgerError(
      "replay_mismatch",
      `entry ${input.eventType} ${input.eventId} exists but is not visible`,
    );
  }
  const nonZero = (entries: Iterable<[string, bigint]>) =>
    new Map([...entries].filter(([, net]) => net !== 0n));
  const expected = nonZero(netByAccount(input.lines));
  const actual = nonZero(rows.map((row): [string, bigint] => [row.code, row.net]));
  const same =
    expected.size === actual.size && [...expected].every(([code, net]) => actual.get(code) === net);
  if (!same) {
    throw new LedgerError(
      "replay_mismatch",
      `event ${input.eventType} ${input.eventId} was already posted with different lines (entry ${first.entryId})`,
    );
  }
  return first.entryId;
}
