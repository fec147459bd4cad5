import type pg from "pg";

// The statements explain.ts shows, each as the code runs it and, where the bench found a plan that
// grows with a table, as a rewrite that does not (proposals, shown with their own plans).

export type Explainable = {
  key: string;
  name: string;
  sql: string;
  params: (client: pg.Client) => Promise<string[][]>;
};

const JOB_TYPES = [
  "mail.deliver",
  "notify.deliver",
  "payments.expire",
  "api.nonces.purge",
  "banks.query-pending-attempts",
  "jobs.prune",
];

async function latestEntryId(client: pg.Client): Promise<string[][]> {
  const row: unknown = (
    await client.query(`SELECT id FROM journal_entries ORDER BY "createdAt" DESC LIMIT 1`)
  ).rows[0];
  return [[row && typeof row === "object" ? String(Reflect.get(row, "id")) : "none"]];
}

export const EXPLAINABLE: Explainable[] = [
  {
    key: "claim",
    name: "worker poll, lib/jobs/claim.ts claimJobs (its inner SELECT … FOR UPDATE SKIP LOCKED)",
    sql: `SELECT "id" FROM "jobs"
           WHERE "status" = 'QUEUED' AND "runAt" <= now()
             AND ($1::text[] IS NULL OR "type" = ANY($1::text[]))
           ORDER BY "runAt" LIMIT 10 FOR UPDATE SKIP LOCKED`,
    params: async () => [JOB_TYPES],
  },
  {
    key: "claim-with-expired-leases",
    name: "the claim before (QUEUED or RUNNING past its lease, in one scan), for comparison",
    sql: `SELECT "id" FROM "jobs"
           WHERE "runAt" <= now()
             AND ("status" = 'QUEUED' OR ("status" = 'RUNNING' AND "lockedUntil" < now()))
             AND ($1::text[] IS NULL OR "type" = ANY($1::text[]))
           ORDER BY "runAt" LIMIT 10 FOR UPDATE SKIP LOCKED`,
    params: async () => [JOB_TYPES],
  },
  {
    key: "balance",
    name: "balance trigger, ledger_assert_balanced (migration 20261122000100), generic plan as PL/pgSQL caches it",
    sql: `SELECT e.id, COUNT(p.id) AS n, COALESCE(SUM(p."amount"), 0) AS total
            FROM unnest($1::text[]) AS e(id)
            LEFT JOIN "postings" p ON p."entryId" = e.id
           GROUP BY e.id
          HAVING COUNT(p.id) < 2 OR COALESCE(SUM(p."amount"), 0) <> 0
           LIMIT 1`,
    params: latestEntryId,
  },
  {
    key: "balance-lateral",
    name: "proposed ledger_assert_balanced: a LATERAL per-entry lookup (index scan whatever the estimates)",
    sql: `SELECT e.id, s.n, s.total
            FROM unnest($1::text[]) AS e(id)
            CROSS JOIN LATERAL (SELECT COUNT(*) AS n, COALESCE(SUM(p."amount"), 0) AS total
                                  FROM "postings" p WHERE p."entryId" = e.id) s
           WHERE s.n < 2 OR s.total <> 0
           LIMIT 1`,
    params: latestEntryId,
  },
  {
    key: "attempts",
    name: "background bank query, lib/payments/attempt-queries.ts claimAttemptsDueForQuery",
    sql: `SELECT "id", "queryCount", "createdAt" FROM "payment_attempts"
           WHERE "status" = 'PENDING' AND "nextQueryAt" <= now() AND "bankCode" IS NOT NULL
           ORDER BY "nextQueryAt" LIMIT 50 FOR UPDATE SKIP LOCKED`,
    params: async () => [],
  },
];
