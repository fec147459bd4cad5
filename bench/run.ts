// `npm run bench`: the payment path's throughput on real PostgreSQL, with the ceiling the database
// sets and a profile of where the time goes. Not part of `npm test`: it needs a quiet machine and
// takes a few minutes. Options: --duration 20 --warmup 5 --concurrency 32 --merchants 50
// --max-awaiting 256 --pool-size <DB_POOL_SIZE> --quick --no-profile --no-wait
// --only <scenario,…> (see SCENARIOS: for iterating on one figure; the full run is the one to report).
import { parseArgs } from "node:util";
import { benchCreatePayments } from "./scenarios/create-payments";
import { benchEndToEnd } from "./scenarios/end-to-end";
import { measureEndpointCosts } from "./scenarios/endpoint-cost";
import { benchLedgerCeiling } from "./scenarios/ledger-ceiling";
import { benchRefundBatch } from "./scenarios/refund-batch";
import { profileApp } from "./scenarios/app-profile";
import { explainHotQueries } from "./support/explain";
import { runLedgerCheck } from "./support/ledger-check";
import { analyzeDatabase, machineState, othersHeavyJobs, waitForQuietMachine } from "./support/machine";
import { printReport, writeReport } from "./support/report";
import type { BenchPlan, BenchReport } from "./support/report-types";
import { startStack, type BenchStack } from "./support/stack";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    warmup: { type: "string", default: "5" },
    concurrency: { type: "string", default: "32" },
    merchants: { type: "string", default: "50" },
    "max-awaiting": { type: "string", default: "256" },
    "pool-size": { type: "string" },
    quick: { type: "boolean", default: false },
    "no-profile": { type: "boolean", default: false },
    "no-wait": { type: "boolean", default: false },
    only: { type: "string" },
  },
});

/** What `--only` can pick; the ratio needs both "uniform" and "ceiling". */
const SCENARIOS = [
  "query-profile",
  "query-cost",
  "create",
  "steps",
  "uniform",
  "hot",
  "floor",
  "two-processes",
  "profile",
  "ceiling",
  "reconcile",
  "refunds",
] as const;
type Scenario = (typeof SCENARIOS)[number];
const only = values.only?.split(",").map((name) => name.trim());
const unknown = only?.filter((name) => !SCENARIOS.some((known) => known === name)) ?? [];
if (unknown.length > 0) {
  throw new Error(`--only: unknown ${unknown.join(", ")}; choose among ${SCENARIOS.join(", ")}`);
}
const wanted = (name: Scenario) => !only || only.includes(name);

const quick = values.quick;
const plan: BenchPlan = {
  concurrency: Number(values.concurrency),
  warmupSeconds: quick ? 2 : Number(values.warmup),
  durationSeconds: quick ? 5 : Number(values.duration),
  merchants: quick ? 10 : Number(values.merchants),
  maxAwaitingNotification: Number(values["max-awaiting"]),
  appEnv: values["pool-size"] ? { DB_POOL_SIZE: values["pool-size"] } : {},
  ...(only ? { only } : {}),
};
const load = {
  concurrency: plan.concurrency,
  warmupMs: plan.warmupSeconds * 1000,
  durationMs: plan.durationSeconds * 1000,
};
const log = (line: string) => console.log(line);

async function measure(stack: BenchStack, report: BenchReport): Promise<void> {
  const uniform = { label: "uniform", merchants: stack.merchants.slice(0, plan.merchants) };
  const hotMerchant = stack.merchants[plan.merchants];
  if (!hotMerchant) throw new Error("no hot merchant");
  const hot = { label: "hot", merchants: [hotMerchant] };
  const scenario = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    // Each scenario starts on a quiet machine and on fresh planner statistics.
    if (!values["no-wait"] && !(await waitForQuietMachine(log)))
      report.othersDuring[`before ${name}`] = othersHeavyJobs();
    await analyzeDatabase(stack.databaseUrl);
    log(`▶ ${name}`);
    const result = await run();
    report.othersDuring[name] = othersHeavyJobs();
    return result;
  };

  if (wanted("query-profile")) {
    const { profileQueries } = await import("./scenarios/query-profile");
    report.queryProfile = await scenario("query profile (in-process)", () =>
      profileQueries(uniform.merchants, stack.sink, quick ? 6 : 30),
    );
  }
  if (wanted("query-cost")) {
    const { measureQueryCost } = await import("./scenarios/query-cost");
    report.queryCost = await scenario("query cost", () =>
      measureQueryCost(stack.databaseUrl, quick ? 300 : 2000),
    );
  }

  if (wanted("create") || wanted("steps") || wanted("uniform") || wanted("hot") || wanted("floor")) {
    await stack.startApp({ env: plan.appEnv });
    if (wanted("create")) {
      report.createPayments = await scenario("(a) create payments", () =>
        benchCreatePayments(stack, load, uniform.merchants),
      );
    }
    if (wanted("steps")) {
      report.endpointCosts = await scenario("app CPU per step (sequential)", async () => {
        await measureEndpointCosts(stack, uniform.merchants, 5); // warm every route first
        return measureEndpointCosts(stack, uniform.merchants, quick ? 15 : 60);
      });
    }
    if (wanted("uniform")) {
      report.endToEnd.uniform = await scenario("(b) end to end, uniform", () =>
        benchEndToEnd(stack, load, uniform, plan.maxAwaitingNotification),
      );
    }
    if (wanted("hot")) {
      report.endToEnd.hot = await scenario("(b) end to end, hot merchant", () =>
        benchEndToEnd(stack, load, hot, plan.maxAwaitingNotification),
      );
    }
    if (wanted("floor")) {
      const { measureFrameworkFloor } = await import("./scenarios/framework-floor");
      report.frameworkFloor = await scenario("Next.js floor per request", () =>
        measureFrameworkFloor(stack, report.endToEnd.uniform, quick ? 3 : 8),
      );
    }
    report.explain = await explainHotQueries(stack.databaseUrl, "after the end-to-end runs", {
      keys: ["claim", "balance", "attempts"],
    });
    await stack.stopApp();
  }
  if (wanted("two-processes")) {
    // What-if: a second app process for the second core (a deployment choice, no code change).
    await stack.startApp({ env: plan.appEnv, instances: 2 });
    report.endToEnd.uniformTwoProcesses = await scenario("(b) what-if: uniform, 2 app processes", () =>
      benchEndToEnd(
        stack,
        load,
        { ...uniform, label: "uniform, 2 app processes" },
        plan.maxAwaitingNotification,
      ),
    );
    await stack.stopApp();
  }
  if (wanted("profile") && !values["no-profile"]) {
    report.appProfile = await scenario("app CPU profile (uniform, not timed)", () =>
      profileApp(
        stack,
        { ...load, durationMs: Math.min(load.durationMs, 15_000) },
        uniform,
        plan.maxAwaitingNotification,
        plan.appEnv,
      ),
    );
    await stack.stopApp();
  }

  if (wanted("ceiling")) {
    const ids = (mix: { merchants: readonly { merchantId: string }[] }) =>
      mix.merchants.map((m) => m.merchantId);
    report.ceiling.uniform = await scenario("(c) ceiling, uniform", () =>
      benchLedgerCeiling(stack, load, { label: "u", merchantIds: ids(uniform) }),
    );
    report.ceiling.hot = await scenario("(c) ceiling, hot merchant", () =>
      benchLedgerCeiling(stack, load, { label: "h", merchantIds: ids(hot) }),
    );
    report.ceiling.uniformNotificationFirst = await scenario("(c) ceiling what-if: outbox rows first", () =>
      benchLedgerCeiling(stack, load, { label: "x", merchantIds: ids(uniform) }, "notification-first"),
    );
    // The ceiling left tens of thousands of entries and queued notification jobs behind: plans at size.
    (report.explain ??= []).push(
      ...(await explainHotQueries(stack.databaseUrl, "after the ceiling runs (analysed)", {
        keys: ["claim", "claim-with-expired-leases", "balance", "balance-lateral"],
        analyzeFirst: ["postings", "jobs"],
      })),
      ...(await explainHotQueries(stack.databaseUrl, "without column statistics (autovacuum off or behind)", {
        keys: ["balance", "balance-lateral"],
        withoutStatistics: ["postings"],
      })),
    );
  }
  const ratio = (b?: { paymentsPerSecond: number }, c?: { transactionsPerSecond: number }) =>
    b && c && c.transactionsPerSecond > 0
      ? Math.round((b.paymentsPerSecond / c.transactionsPerSecond) * 1000) / 1000
      : undefined;
  report.ratios = {
    uniform: ratio(report.endToEnd.uniform, report.ceiling.uniform),
    hot: ratio(report.endToEnd.hot, report.ceiling.hot),
  };
  if (wanted("reconcile")) {
    Object.assign(report, {
      reconcile: await scenario("reconciliation, 1,000,000-line bank file", async () =>
        (await import("./scenarios/reconcile")).benchReconcile({ quick, log }),
      ),
    });
  }
  log("▶ (d) ledger check");
  report.ledger = await runLedgerCheck(stack.databaseUrl);
  if (wanted("refunds")) {
    // Last: it adds 50,000 payments without ledger entries, which the scenarios above must not see.
    report.refundBatch = await scenario("refund file validation", () =>
      benchRefundBatch(stack.databaseUrl, log),
    );
  }
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const quietAtStart = values["no-wait"] ? othersHeavyJobs().length === 0 : await waitForQuietMachine(log);
  const stack = await startStack({ merchants: plan.merchants + 1, log });
  const stopOnSignal = () => {
    void stack.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  const report: BenchReport = {
    startedAt,
    finishedAt: startedAt,
    plan,
    machine: await machineState(stack.databaseUrl),
    quietAtStart,
    othersDuring: {},
    endToEnd: {},
    ceiling: {},
    ratios: {},
  };
  try {
    await measure(stack, report);
  } finally {
    // Whatever failed above, the ledger must still balance.
    report.ledger ??= await runLedgerCheck(stack.databaseUrl).catch((error: unknown) => ({
      ok: false,
      exitCode: null,
      output: `the ledger check could not run: ${String(error)}`,
    }));
    report.finishedAt = new Date().toISOString();
    printReport(report, log);
    log(`\nreport written to ${writeReport(report)}`);
    log("dropping the bench database …");
    await stack.stop();
  }
  if (!report.ledger?.ok) {
    console.error("the ledger does not balance: benchmark FAILED");
    process.exitCode = 1;
  }
}

await main();
