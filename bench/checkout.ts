// `npm run bench:checkout`: how light and fast the hosted checkout (/pay/<token>) is, on the production
// build: the JavaScript it makes a shopper download (gzip and raw), its HTML, and Lighthouse's
// performance, accessibility and best-practices scores, desktop and mobile, in English. The goal is
// 95 or more for performance and accessibility. Options: --no-wait.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureCheckoutTransfer, type CheckoutTransfer } from "./checkout/transfer-size";
import { runLighthouse, type LighthouseScores } from "./checkout/lighthouse-run";
import { machineState, othersHeavyJobs, waitForQuietMachine, type MachineState } from "./support/machine";
import { BENCH_APP_URL } from "./support/ports";
import { signedCreate } from "./support/signed-request";
import { startStack } from "./support/stack";

const { values } = parseArgs({ options: { "no-wait": { type: "boolean", default: false } } });
const log = (line: string) => console.log(line);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

type CheckoutReport = {
  measuredAt: string;
  machine: MachineState;
  quietAtStart: boolean;
  othersDuring: string[];
  page: string;
  transfer: CheckoutTransfer;
  lighthouse: LighthouseScores[];
};

function print(report: CheckoutReport): void {
  const { transfer } = report;
  log("");
  log(`hosted checkout ${report.page} (production build), ${report.measuredAt}`);
  log(
    `machine: ${report.machine.cpus} CPUs, load ${report.machine.loadAverage.join(" ")}, quiet at start: ${report.quietAtStart ? "yes" : "NO"}`,
  );
  log(
    `HTML: ${kb(transfer.html.gzipBytes)} gzip (${transfer.html.encoding}), ${kb(transfer.html.rawBytes)} raw, of which inline scripts ${kb(transfer.inlineScriptBytes)} raw`,
  );
  log(
    `JavaScript a modern browser downloads: ${transfer.totals.scriptCount} files, ${kb(transfer.totals.jsGzipBytes)} gzip, ` +
      `${kb(transfer.totals.jsRawBytes)} raw (noModule polyfills, which it skips: ${kb(transfer.totals.noModuleGzipBytes)} gzip)`,
  );
  for (const s of [...transfer.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    log(
      `  ${kb(s.gzipBytes).padStart(9)} gzip ${kb(s.rawBytes).padStart(9)} raw  ${new URL(s.url).pathname}${s.noModule ? "  (noModule)" : ""}`,
    );
  }
  for (const lh of report.lighthouse) {
    log("");
    log(
      `Lighthouse ${lh.preset}: performance ${lh.scores.performance}, accessibility ${lh.scores.accessibility}, best practices ${lh.scores["best-practices"]}`,
    );
    log(
      `  ${Object.entries(lh.metrics)
        .map(([name, value]) => `${name} ${value ?? "–"}`)
        .join(", ")}`,
    );
    const findings = [
      ...lh.performanceFindings.map((f) => ({ ...f, kind: "performance" })),
      ...lh.accessibilityFailures.map((f) => ({ ...f, kind: "accessibility" })),
      ...lh.bestPracticeFailures.map((f) => ({ ...f, kind: "best practices" })),
    ];
    for (const f of findings.slice(0, 12)) {
      const saving = f.savingsMs ? `, saves ~${Math.round(f.savingsMs)} ms` : "";
      log(`  ${f.kind}: ${f.title} (${f.id}; score ${f.score}${f.display ? `, ${f.display}` : ""}${saving})`);
      for (const item of f.items) log(`      ${item}`);
    }
  }
  const short = report.lighthouse.filter(
    (lh) => (lh.scores.performance ?? 0) < 95 || (lh.scores.accessibility ?? 0) < 95,
  );
  log("");
  log(
    short.length
      ? `goal (≥ 95 performance and accessibility) NOT met for: ${short.map((s) => s.preset).join(", ")}`
      : "goal (≥ 95 performance and accessibility) met, desktop and mobile",
  );
}

async function main(): Promise<void> {
  const quietAtStart = values["no-wait"] ? othersHeavyJobs().length === 0 : await waitForQuietMachine(log);
  const stack = await startStack({ merchants: 1, log });
  try {
    await stack.startApp();
    const merchant = stack.merchants[0];
    if (!merchant) throw new Error("no merchant");
    const request = signedCreate(merchant, stack.sink.base, "checkout");
    const created = await fetch(`${BENCH_APP_URL}${request.path}`, {
      method: "POST",
      headers: request.headers,
      body: request.body,
    });
    const payment: unknown = await created.json();
    const page = typeof payment === "object" && payment ? Reflect.get(payment, "checkoutUrl") : null;
    if (created.status !== 201 || typeof page !== "string")
      throw new Error(`create answered ${created.status}`);
    log("measuring transfer sizes …");
    const transfer = await measureCheckoutTransfer(page);
    const lighthouse: LighthouseScores[] = [];
    for (const preset of ["desktop", "mobile"] as const) {
      log(`running Lighthouse (${preset}) …`);
      lighthouse.push(await runLighthouse(page, preset));
    }
    const report: CheckoutReport = {
      measuredAt: new Date().toISOString(),
      machine: await machineState(stack.databaseUrl),
      quietAtStart,
      othersDuring: othersHeavyJobs(),
      page: new URL(page).pathname.replace(/[^/]+$/, "<token>"),
      transfer,
      lighthouse,
    };
    print(report);
    const dir = path.join("bench", "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `checkout-${report.measuredAt.replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`\nreport written to ${file}`);
  } finally {
    await stack.stop();
  }
}

await main();
