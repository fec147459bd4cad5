import type { Db, Tx } from "@/lib/db";

export const LEDGER_INVARIANTS = [
  "entries_balanced",
  "balances_match_postings",
  "no_forbidden_negative",
  "trial_balance",
  "balance_sheet",
] as const;

export type LedgerInvariant = (typeof LEDGER_INVARIANTS)[number];

export const INVARIANT_DESCRIPTIONS: Record<LedgerInvariant, string> = {
  entries_balanced: "every journal entry has at least two postings that sum to zero",
  balances_match_postings: "every account's stored balance equals the sum of its postings",
  no_forbidden_negative: "no account that may not go negative is negative",
  trial_balance: "all postings together sum to zero (total debits = total credits)",
  balance_sheet: "debit-normal balances equal credit-normal balances",
};

export type LedgerBreach =
  | {
      invariant: "entries_balanced";
      entryId: string;
      eventType: string;
      eventId: string;
      postings: number;
      sum: bigint;
    }
  | { invariant: "balances_match_postings"; accountCode: string; stored: bigint; fromPostings: bigint }
  | { invariant: "no_forbidden_negative"; accountCode: string; balance: bigint }
  | { invariant: "trial_balance"; sum: bigint }
  | { invariant: "balance_sheet"; debitNormal: bigint; creditNormal: bigint };

export type LedgerCheckReport = {
  ok: boolean;
  counts: { accounts: number; entries: number; postings: number };
  /** Sum of all debits and of all credits, as positive minor units. */
  totals: { debits: bigint; credits: bigint };
  invariants: { invariant: LedgerInvariant; description: string; ok: boolean; breaches: number }[];
  /** The first few breaches of each invariant (see `maxBreachesPerInvariant`), for a human to follow up. */
  breaches: LedgerBreach[];
};

export type CheckLedgerOptions = { maxBreachesPerInvariant?: number };

// Sums are read as text: SUM(bigint) is numeric in PostgreSQL and may exceed a bigint in a broken ledger.
type Totals = {
  accounts: bigint;
  entries: bigint;
  postings: bigint;
  debits: string;
  credits: string;
  net: string;
  debitNormal: string;
  creditNormal: string;
};

/**
 * Re-derives every ledger invariant from the stored rows, independently of the triggers that are meant
 * to maintain them: a cheap audit for the operator (`paylane ledger check`) and for tests. Reads one
 * consistent snapshot (REPEATABLE READ, read only), so it is safe while the gateway is taking payments.
 */
export async function checkLedger(db: Db, options: CheckLedgerOptions = {}): Promise<LedgerCheckReport> {
  const limit = options.maxBreachesPerInvariant ?? 20;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      return checkLedgerInTransaction(tx, { maxBreachesPerInvariant: limit });
    },
    { isolationLevel: "RepeatableRead", timeout: 600_000 },
  );
}

/**
 * The same checks inside a caller's transaction: they then see that transaction's own writes (tests use
 * this to prove breaches are caught, on rows they roll back). Prefer checkLedger for a real audit.
 */
export async function checkLedgerInTransaction(
  tx: Tx,
  options: CheckLedgerOptions = {},
): Promise<LedgerCheckReport> {
  const limit = options.maxBreachesPerInvariant ?? 20;
  const [totals] = await tx.$queryRaw<Totals[]>`
    SELECT (SELECT COUNT(*) FROM ledger_accounts) AS accounts,
           (SELECT COUNT(*) FROM journal_entries) AS entries,
           p.postings, p.debits, p.credits, p.net, b."debitNormal", b."creditNormal"
      FROM (SELECT COUNT(*) AS postings,
                   COALESCE(SUM(-amount) FILTER (WHERE amount < 0), 0)::text AS debits,
                   COALESCE(SUM(amount) FILTER (WHERE amount > 0), 0)::text AS credits,
                   COALESCE(SUM(amount), 0)::text AS net
              FROM postings) p,
           (SELECT COALESCE(SUM(balance) FILTER (WHERE "normalSide" = 'DEBIT'), 0)::text AS "debitNormal",
                   COALESCE(SUM(balance) FILTER (WHERE "normalSide" = 'CREDIT'), 0)::text AS "creditNormal"
              FROM ledger_accounts) b`;
  if (!totals) throw new Error("ledger totals query returned no row");

  const unbalanced = await tx.$queryRaw<
    { entryId: string; eventType: string; eventId: string; postings: number; sum: string; total: bigint }[]
  >`
    SELECT e.id AS "entryId", e."eventType", e."eventId", COUNT(p.id)::int AS postings,
           COALESCE(SUM(p.amount), 0)::text AS sum, COUNT(*) OVER () AS total
      FROM journal_entries e
      LEFT JOIN postings p ON p."entryId" = e.id
     GROUP BY e.id
    HAVING COUNT(p.id) < 2 OR COALESCE(SUM(p.amount), 0) <> 0
     ORDER BY e.id
     LIMIT ${limit}`;

  const mismatched = await tx.$queryRaw<
    { accountCode: string; stored: string; fromPostings: string; total: bigint }[]
  >`
    WITH sums AS (SELECT "accountId", SUM(amount) AS net FROM postings GROUP BY "accountId"),
    derived AS (
      SELECT a.code, a.balance,
             CASE WHEN a."normalSide" = 'CREDIT' THEN 1 ELSE -1 END * COALESCE(s.net, 0) AS from_postings
        FROM ledger_accounts a LEFT JOIN sums s ON s."accountId" = a.id
    )
    SELECT code AS "accountCode", balance::text AS stored, from_postings::text AS "fromPostings", COUNT(*) OVER () AS total
      FROM derived
     WHERE balance <> from_postings
     ORDER BY code
     LIMIT ${limit}`;

  const negative = await tx.$queryRaw<{ accountCode: string; balance: bigint; total: bigint }[]>`
    SELECT code AS "accountCode", balance, COUNT(*) OVER () AS total
      FROM ledger_accounts
     WHERE NOT "allowNegative" AND balance < 0
     ORDER BY code
     LIMIT ${limit}`;

  const breaches: LedgerBreach[] = [
    ...unbalanced.map(({ total: _total, sum, ...row }) => ({
      invariant: "entries_balanced" as const,
      ...row,
      sum: BigInt(sum),
    })),
    ...mismatched.map(({ accountCode, stored, fromPostings }) => ({
      invariant: "balances_match_postings" as const,
      accountCode,
      stored: BigInt(stored),
      fromPostings: BigInt(fromPostings),
    })),
    ...negative.map(({ accountCode, balance }) => ({
      invariant: "no_forbidden_negative" as const,
      accountCode,
      balance,
    })),
  ];
  const net = BigInt(totals.net);
  if (net !== 0n) breaches.push({ invariant: "trial_balance", sum: net });
  const debitNormal = BigInt(totals.debitNormal);
  const creditNormal = BigInt(totals.creditNormal);
  if (debitNormal !== creditNormal) breaches.push({ invariant: "balance_sheet", debitNormal, creditNormal });

  const counts: Record<LedgerInvariant, number> = {
    entries_balanced: Number(unbalanced[0]?.total ?? 0n),
    balances_match_postings: Number(mismatched[0]?.total ?? 0n),
    no_forbidden_negative: Number(negative[0]?.total ?? 0n),
    trial_balance: net === 0n ? 0 : 1,
    balance_sheet: debitNormal === creditNormal ? 0 : 1,
  };
  const invariants = LEDGER_INVARIANTS.map((invariant) => ({
    invariant,
    description: INVARIANT_DESCRIPTIONS[invariant],
    ok: counts[invariant] === 0,
    breaches: counts[invariant],
  }));
  return {
    ok: invariants.every((i) => i.ok),
    counts: {
      accounts: Number(totals.accounts),
      entries: Number(totals.entries),
      postings: Number(totals.postings),
    },
    totals: { debits: BigInt(totals.debits), credits: BigInt(totals.credits) },
    invariants,
    breaches,
  };
}
