import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AccountSpec } from "./accounts";

export type AccountHistoryItem = {
  postingId: bigint;
  entryId: string;
  eventType: string;
  eventId: string;
  description: string;
  /** The posting as stored: > 0 credit, < 0 debit. */
  amount: bigint;
  /** The same movement in the account's normal direction: > 0 means the balance went up. */
  change: bigint;
  /** The balance right after this posting. */
  balanceAfter: bigint;
  createdAt: Date;
};

export type AccountHistoryPage = {
  items: AccountHistoryItem[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
};

export type AccountHistoryOptions = { limit?: number; cursor?: string | null };

const MAX_LIMIT = 200;
const INT8_MAX = "9223372036854775807";

/**
 * An account's postings, newest first, a page at a time (keyset paging on the posting id, so pages stay
 * stable while new postings arrive). Each item carries the balance after it, computed from the current
 * balance in the same statement, so a page is one consistent snapshot.
 */
export async function getAccountHistory(
  tx: Tx,
  account: AccountSpec | string,
  options: AccountHistoryOptions = {},
): Promise<AccountHistoryPage> {
  const code = typeof account === "string" ? account : account.code;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), MAX_LIMIT);
  const cursor = options.cursor ?? null;
  if (cursor !== null && !/^\d{1,19}$/.test(cursor)) {
    throw new AppError("invalid_request", "The cursor is not valid.", "cursor");
  }
  const before = cursor ?? INT8_MAX;
  const rows = await tx.$queryRaw<AccountHistoryItem[]>`
    WITH account AS (
      SELECT id, balance, CASE WHEN "normalSide" = 'CREDIT' THEN 1 ELSE -1 END AS sign
        FROM ledger_accounts WHERE code = ${code}
    ),
    newer AS (
      SELECT COALESCE(SUM(p.amount), 0) AS total
        FROM postings p, account
       WHERE p."accountId" = account.id AND p.id >= ${before}::bigint
    ),
    page AS (
      SELECT p.id, p."entryId", p.amount, p."createdAt"
        FROM postings p, account
       WHERE p."accountId" = account.id AND p.id < ${before}::bigint
       ORDER BY p.id DESC
       LIMIT ${limit + 1}
    )
    SELECT page.id AS "postingId", page."entryId", e."eventType", e."eventId", e.description,
           page.amount, (page.amount * account.sign)::bigint AS change,
           (account.balance - account.sign * (newer.total + COALESCE(SUM(page.amount) OVER (
              ORDER BY page.id DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)))::bigint AS "balanceAfter",
           page."createdAt"
      FROM page
     CROSS JOIN account
     CROSS JOIN newer
      JOIN journal_entries e ON e.id = page."entryId"
     ORDER BY page.id DESC`;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.postingId.toString() : null };
}
