import pg from "pg";
import { EXPLAINABLE } from "./explain-queries";

// EXPLAIN ANALYZE of the statements that run for every payment or every worker poll and whose plan
// depends on table sizes, on the tables the scenarios left behind, inside transactions that are rolled
// back (the claim would otherwise take jobs). With the tables' statistics next to them: a plan chosen
// on stale statistics (autovacuum has not analysed a table that just grew) is a plan production gets
// too, after every burst.

export type ExplainedQuery = { name: string; plan: string[] };

export type ExplainOptions = {
  keys?: readonly string[];
  analyzeFirst?: readonly string[];
  /** Tables whose column statistics are removed (in the rolled-back transaction): never analysed. */
  withoutStatistics?: readonly string[];
};

async function tableStats(client: pg.Client, tables: readonly string[]): Promise<string[]> {
  const result = await client.query(
    `SELECT c.relname, c.reltuples::bigint AS planner_rows, s.n_live_tup, s.last_autoanalyze, s.last_analyze
       FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
      WHERE c.relname = ANY($1::text[]) ORDER BY c.relname`,
    [tables],
  );
  return result.rows.map((row: Record<string, unknown>) => {
    const analysed = row.last_analyze ?? row.last_autoanalyze;
    return `${String(row.relname)}: planner thinks ${String(row.planner_rows)} rows, ${String(row.n_live_tup)} live; last analysed ${analysed instanceof Date ? analysed.toISOString() : "never"}`;
  });
}

export async function explainHotQueries(
  databaseUrl: string,
  when: string,
  options: ExplainOptions = {},
): Promise<ExplainedQuery[]> {
  const keys = options.keys ?? EXPLAINABLE.map((q) => q.key);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const explained: ExplainedQuery[] = [];
  try {
    if (options.analyzeFirst?.length)
      await client.query(`ANALYZE ${options.analyzeFirst.map((t) => `"${t}"`).join(", ")}`);
    explained.push({
      name: `table statistics, ${when}`,
      plan: await tableStats(client, ["postings", "jobs", "ledger_accounts"]),
    });
    for (const query of EXPLAINABLE.filter((q) => keys.includes(q.key))) {
      const params = await query.params(client);
      await client.query("BEGIN");
      try {
        // Generic plans are what prepared statements and PL/pgSQL settle on after five executions.
        await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
        if (options.withoutStatistics?.length) {
          await client.query(`DELETE FROM pg_statistic WHERE starelid = ANY($1::regclass[])`, [
            options.withoutStatistics,
          ]);
        }
        await client.query(`PREPARE bench_explain AS ${query.sql}`);
        // EXECUTE takes literals, not bind parameters: every parameter here is a list of plain ids.
        const literals = params.map((list) => `${client.escapeLiteral(`{${list.join(",")}}`)}::text[]`);
        const result = await client.query(
          `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) EXECUTE bench_explain${literals.length ? `(${literals.join(", ")})` : ""}`,
        );
        explained.push({
          name: `${query.name}, ${when}`,
          plan: result.rows.map((row: Record<string, unknown>) => String(row["QUERY PLAN"])),
        });
      } finally {
        await client.query("ROLLBACK");
        // Prepared statements belong to the session, not to the transaction.
        await client.query("DEALLOCATE ALL");
      }
    }
  } finally {
    await client.end();
  }
  return explained;
}
