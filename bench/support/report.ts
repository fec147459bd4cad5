import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CpuUse } from "./cpu";
import { printRefundBatch } from "../scenarios/refund-batch";
import type { BenchReport } from "./report-types";
import type { LatencySummary } from "./stats";

// The printed report: each figure with what it was measured on, then the profile that says where the
// time went. The JSON file has everything, including what is only summarised here.

const pad = (value: string | number, width: number) => String(value).padStart(width);
const lat = (l: LatencySummary) => `p50 ${pad(l.p50Ms, 7)} ms  p99 ${pad(l.p99Ms, 7)} ms`;

/** A scenario during which other people's work took more than a tenth of the machine. */
const disturbed = (cpu: CpuUse) =>
  cpu.components.other.percentOfMachine > 10
    ? `  ⚠ DISTURBED: others used ${cpu.components.other.percentOfMachine}% of the machine`
    : "";

function cpuLine(cpu: CpuUse, perUnit: Record<string, number>, unit: string): string {
  const parts = Object.entries(perUnit).map(([name, ms]) => `${name} ${ms}`);
  return `CPU ms per ${unit}: ${parts.join(", ")}  (machine busy ${cpu.machineBusyPercent}%, others ${cpu.components.other.percentOfMachine}%)`;
}

export function printReport(report: BenchReport, out: (line: string) => void): void {
  const { machine, plan } = report;
  out("");
  out(`Paylane benchmark ${report.startedAt} → ${report.finishedAt}`);
  out(
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, load ${machine.loadAverage.join(" ")} at start; ` +
      `Node ${machine.node}; PostgreSQL ${machine.postgres.version} (${Object.entries(machine.postgres)
        .filter(([k]) => k !== "version")
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")})`,
  );
  out(`quiet at start: ${report.quietAtStart ? "yes" : "NO (figures measured beside other jobs)"}`);
  for (const [scenario, jobs] of Object.entries(report.othersDuring)) {
    if (jobs.length) out(`  other heavy jobs seen after ${scenario}: ${jobs.join("; ")}`);
  }
  out(
    `plan: ${plan.concurrency} clients, warm-up ${plan.warmupSeconds} s, measured ${plan.durationSeconds} s; ` +
      `${plan.merchants} merchants (uniform mix) + 1 hot merchant; one \`next start\` process ${JSON.stringify(plan.appEnv)}` +
      (plan.only ? `; only ${plan.only.join(", ")}` : ""),
  );

  const a = report.createPayments;
  if (a) {
    out("");
    out(
      `(a) signed POST /api/v1/payments, ${a.concurrency} clients over ${a.merchants} merchants, ${a.windowSeconds} s`,
    );
    out(
      `    ${pad(a.requestsPerSecond, 8)} requests/s   ${lat(a.latency)}   statuses ${JSON.stringify(a.statuses)}`,
    );
    out(`    ${cpuLine(a.cpu, a.cpuMsPerRequest, "request")}`);
    out(`    DB per request: ${a.pg.commitsPerPayment} commits, ${a.pg.walSyncsPerPayment} WAL flushes`);
    for (const e of a.errors) out(`    error ${e.count} × ${e.message}`);
  }

  out("");
  out(
    "(b) completed payments end to end: signed create → checkout → bank → ledger → signed notification received",
  );
  for (const b of [report.endToEnd.uniform, report.endToEnd.hot, report.endToEnd.uniformTwoProcesses]) {
    if (!b) continue;
    out(
      `    ${b.mix.padEnd(8)} ${pad(b.paymentsPerSecond, 7)} payments/s   create→notified ${lat(b.latency)}   ` +
        `(${b.merchants} merchants, ${b.concurrency} shoppers, ≤${b.maxAwaiting} awaiting; ${b.completed}/${b.started} done, ${b.incomplete} incomplete)${disturbed(b.cpu)}`,
    );
    out(`             ${cpuLine(b.cpu, b.cpuMsPerPayment, "payment")}`);
    out(
      `             DB per payment: ${b.pg.commitsPerPayment} commits, ${b.pg.rowsInsertedPerPayment} rows inserted, ` +
        `${b.pg.rowsUpdatedPerPayment} updated, ${b.pg.walKBPerPayment} KB WAL, ${b.pg.walSyncsPerPayment} WAL flushes`,
    );
    for (const e of b.errors) out(`             error ${e.count} × ${e.message}`);
  }
  const stages = report.endToEnd.uniform?.stages;
  if (stages) {
    out("    stages of a uniform-mix payment, as the shopper and the merchant see them:");
    for (const [name, s] of Object.entries(stages)) out(`      ${name.padEnd(36)} ${lat(s)}  (n=${s.count})`);
  }

  out("");
  out("(c) ceiling: pgbench of the ledger transaction on the same database, same clients, app stopped");
  const c = report.ceiling;
  for (const [label, r] of [
    ["uniform", c.uniform],
    ["hot", c.hot],
    ["uniform, outbox rows before the account locks (what-if)", c.uniformNotificationFirst],
  ] as const) {
    if (!r) continue;
    out(
      `    ${label.padEnd(8)} ${pad(r.transactionsPerSecond, 8)} transactions/s   ${lat(r.latency)}   failed ${r.failed}${disturbed(r.cpu)}`,
    );
  }
  if (c.uniform) {
    out("    per statement (uniform, ms as pgbench's clients see it; a long wait is a lock wait):");
    for (const s of c.uniform.statements) out(`      ${pad(s.ms.toFixed(3), 9)}  ${s.sql.slice(0, 100)}`);
  }

  out("");
  const goal = report.ratios.uniform;
  out(
    `ratios (b)/(c): uniform ${goal?.toFixed(3) ?? "–"} (goal ≥ 0.5: ${goal === undefined ? "–" : goal >= 0.5 ? "met" : "NOT met"}), ` +
      `hot ${report.ratios.hot?.toFixed(3) ?? "–"}`,
  );
  const floor = report.frameworkFloor;
  if (floor) {
    const ceiling = report.ceiling.uniform?.transactionsPerSecond;
    const ofCeiling = (rate: number) => (ceiling ? ` = ${(rate / ceiling).toFixed(3)} of (c)` : "");
    out(
      `    Next.js floor: ${floor.routeHandlerCpuMs} ms app CPU per route handler answering from memory, ` +
        `${floor.pageCpuMs} ms per smallest page (sign-in), under ${floor.clients} keep-alive clients`,
    );
    out(
      `    a payment makes ${floor.requestsPerPayment.routes} route/action requests and ${floor.requestsPerPayment.pages} pages: ` +
        `${floor.floorAppCpuMsPerPayment} ms app CPU if the gateway's own code were free; with banks, PostgreSQL and ` +
        `the load generator as measured (${floor.othersCpuMsPerPayment} ms), these cores complete at most ` +
        `${floor.maxPaymentsPerSecond} payments/s${ofCeiling(floor.maxPaymentsPerSecond)}`,
    );
    if (ceiling) {
      const budget = (cores: number) => ((cores * 1000) / (0.5 * ceiling)).toFixed(1);
      out(
        `    at (b) = 0.5 × (c), the machine's ${report.machine.cpus} cores have ${budget(report.machine.cpus)} ms of CPU per payment ` +
          `for everything (app, banks, PostgreSQL, load generator); the Next.js floor alone is ${floor.floorAppCpuMsPerPayment} ms`,
      );
    }
    out(
      `    the mock banks and the load generator alone take ${floor.harnessCpuMsPerPayment} ms per payment: with no gateway ` +
        `and no database at all, these cores complete at most ${floor.maxPaymentsPerSecondWithoutGateway} payments/s` +
        ofCeiling(floor.maxPaymentsPerSecondWithoutGateway),
    );
  }
  printProfile(report, out);
  out("");
  const verdict = !report.ledger ? "not run" : report.ledger.ok ? "BALANCED" : "FAILED";
  out(`(d) ledger check (npm run paylane -- ledger check): ${verdict}`);
  for (const line of (report.ledger?.output ?? "").split("\n")) out(`    ${line}`);
  if (report.refundBatch) printRefundBatch(report.refundBatch, out);
}

function printProfile(report: BenchReport, out: (line: string) => void): void {
  if (report.queryProfile) {
    out("");
    out(
      "where a payment's gateway work goes (route handlers and verbs in-process, no Next.js; per payment):",
    );
    out(
      `      ${"stage".padEnd(40)} ${pad("queries", 8)} ${pad("DB ms", 8)} ${pad("CPU ms", 8)} ${pad("wall ms", 8)}`,
    );
    for (const [name, s] of Object.entries(report.queryProfile)) {
      out(
        `      ${name.padEnd(40)} ${pad(s.queries, 8)} ${pad(s.dbMs, 8)} ${pad(s.cpuMs, 8)} ${pad(s.wallMs, 8)}`,
      );
    }
  }
  if (report.endpointCosts) {
    out(
      "    the same steps through the app (`next start`: Next.js, React, HTTP included), one request at a time:",
    );
    for (const e of report.endpointCosts) {
      out(
        `      ${e.step.padEnd(52)} ${pad(e.appCpuMsPerRequest, 7)} ms app CPU  ${pad(e.wallMsPerRequest, 7)} ms wall  (n=${e.requests})`,
      );
    }
  }
  if (report.queryCost) {
    out("    cost of one primary-key read, by path (this process's CPU):");
    for (const q of report.queryCost)
      out(
        `      ${q.path.padEnd(40)} ${pad(q.cpuMsPerQuery, 7)} ms CPU  ${pad(q.wallMsPerQuery, 7)} ms wall`,
      );
  }
  if (report.appProfile) {
    out(
      `    CPU profile of the app under the uniform end-to-end load (${report.appProfile.busySeconds} s busy):`,
    );
    for (const c of report.appProfile.byCategory.slice(0, 12))
      out(`      ${pad(c.percent, 5)}%  ${c.category}`);
    out("    hottest functions:");
    for (const f of report.appProfile.topFunctions.slice(0, 12))
      out(`      ${pad(f.percent, 5)}%  ${f.fn} (${f.where})`);
  }
  if (report.explain?.length) out("    EXPLAIN ANALYZE (scans and times only; the JSON has the plans):");
  for (const e of report.explain ?? []) {
    out(`    ${e.name}:`);
    const lines = e.plan.filter((line) => /Scan on|Scan using|Execution Time|planner thinks/.test(line));
    for (const line of lines) out(`      ${line.trim()}`);
  }
}

/** bench/results/<timestamp>.json (gitignored). */
export function writeReport(report: BenchReport): string {
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
