import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cpuBetween, cpuSnapshot, type CpuUse } from "../support/cpu";
import { pgCostPerPayment, pgSnapshot, type PgCostPerPayment } from "../support/pg-stats";
import { createFixture } from "../support/pgbench-fixture";
import { ledgerTransactionScript, type StatementOrder } from "../support/pgbench-script";
import { runPgbench } from "../support/pgbench";
import type { LoadPlan } from "../support/load";
import type { LatencySummary } from "../support/stats";
import type { BenchStack } from "../support/stack";

// (c) The ceiling: the ledger transaction of one payment (support/pgbench-script.ts) run by pgbench
// on the same database, with as many clients as the end-to-end run had shoppers, and nothing else
// running (the app and the banks are stopped first). No gateway can complete payments faster than its
// database can run this transaction.

export type CeilingResult = {
  mix: string;
  order: StatementOrder;
  merchants: number;
  clients: number;
  seconds: number;
  transactionsPerSecond: number;
  latency: LatencySummary;
  failed: number;
  /** pgbench -r: average latency of each statement (ms), as seen by the client. */
  statements: { ms: number; sql: string }[];
  cpu: CpuUse;
  pg: PgCostPerPayment;
};

export async function benchLedgerCeiling(
  stack: BenchStack,
  plan: LoadPlan,
  mix: { label: string; merchantIds: readonly string[] },
  order: StatementOrder = "gateway",
): Promise<CeilingResult> {
  await stack.gateway.ensurePaymentAccounts(mix.merchantIds, ["icmb", "ccmb", "mcmb"]);
  const fixture = await createFixture(
    stack.databaseUrl,
    mix.label,
    mix.merchantIds,
    `${stack.sink.base}/notify`,
  );
  const dir = mkdtempSync(path.join(tmpdir(), "paylane-pgbench-"));
  try {
    const scriptFile = path.join(dir, `ledger-${mix.label}.sql`);
    writeFileSync(scriptFile, ledgerTransactionScript(mix.label, `${stack.sink.base}/notify`, order));
    const run = (seconds: number) =>
      runPgbench({
        databaseUrl: stack.databaseUrl,
        scriptFile,
        clients: plan.concurrency,
        seconds,
        logDir: dir,
      });
    await fixture.add(20_000);
    const warmSeconds = Math.max(2, Math.round(plan.warmupMs / 1000));
    const warm = await run(warmSeconds);
    // Enough pending payments for the measured run at the warm-up's rate, with room to spare.
    const needed = Math.ceil(warm.tps * (plan.durationMs / 1000) * 1.6) + 2_000;
    const left = fixture.size - (await fixture.used());
    if (needed > left) await fixture.add(needed - left);

    const pgBefore = await pgSnapshot(stack.databaseUrl);
    const cpuBefore = cpuSnapshot({});
    const measured = await run(Math.round(plan.durationMs / 1000));
    const cpu = cpuBetween(cpuBefore, cpuSnapshot({}));
    const pg = pgCostPerPayment(pgBefore, await pgSnapshot(stack.databaseUrl), measured.transactions);
    return {
      mix: mix.label,
      order,
      merchants: mix.merchantIds.length,
      clients: plan.concurrency,
      seconds: plan.durationMs / 1000,
      transactionsPerSecond: Math.round(measured.tps * 10) / 10,
      latency: measured.latency,
      failed: measured.failed,
      statements: measured.statements,
      cpu,
      pg,
    };
  } finally {
    await fixture.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
