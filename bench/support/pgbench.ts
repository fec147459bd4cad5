import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { summarize, type LatencySummary } from "./stats";

// Runs /usr/bin/pgbench with a custom script and reads what it reports: the transaction rate, the
// per-statement latencies (-r) and, from its per-transaction log (-l), the latency percentiles.

export type PgbenchRun = {
  tps: number;
  transactions: number;
  failed: number;
  latency: LatencySummary;
  statements: { ms: number; sql: string }[];
  output: string;
};

export function runPgbench(options: {
  databaseUrl: string;
  scriptFile: string;
  clients: number;
  seconds: number;
  logDir: string;
}): Promise<PgbenchRun> {
  const logPrefix = path.join(options.logDir, `log-${Date.now()}`);
  const args = [
    "-n", // no vacuum of pgbench's own tables (there are none)
    "-M",
    "extended", // one parse/bind/execute per statement, as pg (under Prisma) sends them
    "-c",
    String(options.clients),
    "-j",
    "2",
    "-T",
    String(options.seconds),
    "-r",
    "-l",
    `--log-prefix=${logPrefix}`,
    "-f",
    options.scriptFile,
    options.databaseUrl,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/pgbench", args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`pgbench exited with ${code}:\n${output.slice(-3000)}`));
      resolve(parseRun(output, logPrefix));
    });
  });
}

function parseRun(output: string, logPrefix: string): PgbenchRun {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? NaN);
  const statements: { ms: number; sql: string }[] = [];
  const perStatement = output.split(/statement latencies in milliseconds[^\n]*\n/)[1] ?? "";
  for (const line of perStatement.split("\n")) {
    // "         0.123           0  UPDATE …" (latency, failures, statement) in PostgreSQL 15.
    const match = /^\s+([\d.]+)\s+\d+\s+(.*)$/.exec(line);
    if (match?.[2]) statements.push({ ms: Number(match[1]), sql: match[2].slice(0, 140) });
  }
  return {
    tps: number(/tps = ([\d.]+) \(without initial connection time\)/),
    transactions: number(/number of transactions actually processed: (\d+)/),
    failed: number(/number of failed transactions: (\d+)/) || 0,
    latency: summarize(transactionLatencies(logPrefix)),
    statements,
    output,
  };
}

/** Per-transaction latencies (ms) from pgbench's logs: "client txn latency_us script epoch us". */
function transactionLatencies(logPrefix: string): number[] {
  const dir = path.dirname(logPrefix);
  const base = path.basename(logPrefix);
  const latencies: number[] = [];
  for (const file of readdirSync(dir).filter((name) => name.startsWith(`${base}.`))) {
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      const micros = Number(line.split(" ")[2]);
      if (line && Number.isFinite(micros)) latencies.push(micros / 1000);
    }
  }
  return latencies;
}
