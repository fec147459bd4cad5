import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import pg from "pg";

// The state of the machine a figure was measured on, printed with the figures: on a shared two-core
// machine a number without it means little. Heavy jobs of other people (builds, browsers, test runs)
// are waited for before measuring, and looked for again after each scenario.

const HEAVY =
  /next build|next dev|next start|playwright|vitest|chromium|lighthouse|pgbench|\btsc\b|eslint|prisma (generate|migrate)|tsx bench\/|bench\/run|bench\/checkout/;

/** Other people's heavy jobs running now (this process and its children excluded). */
export function othersHeavyJobs(): string[] {
  let listing = "";
  try {
    listing = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" });
  } catch {
    return [];
  }
  const rows = listing
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), args: match[3] ?? "" }));
  const ours = new Set<number>([process.pid, process.ppid]);
  // Our descendants (the app, the banks, pgbench) and our ancestors (npm run bench, the shell).
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (!ours.has(row.pid) && ours.has(row.ppid)) {
        ours.add(row.pid);
        grew = true;
      }
    }
  }
  let parent = process.ppid;
  for (let i = 0; i < 10; i++) {
    const row = rows.find((r) => r.pid === parent);
    if (!row) break;
    ours.add(row.pid);
    parent = row.ppid;
  }
  return rows
    .filter(
      (row) => !ours.has(row.pid) && HEAVY.test(row.args) && !/^(ps|grep|pgrep|sh -c pgrep)/.test(row.args),
    )
    .map((row) => `${row.pid} ${row.args.slice(0, 120)}`);
}

/** Waits until nobody else runs a heavy job (two quiet checks in a row), up to `maxMs`. */
export async function waitForQuietMachine(
  log: (line: string) => void,
  maxMs = 45 * 60_000,
): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  let quietChecks = 0;
  let announced = false;
  while (Date.now() < deadline) {
    const jobs = othersHeavyJobs();
    quietChecks = jobs.length === 0 ? quietChecks + 1 : 0;
    if (quietChecks >= 2) return true;
    if (jobs.length > 0 && !announced) {
      log(`waiting for other heavy jobs to finish:\n  ${jobs.join("\n  ")}`);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  log("gave up waiting for a quiet machine: the figures below were measured beside other jobs");
  return false;
}

export type MachineState = {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  loadAverage: number[];
  node: string;
  postgres: Record<string, string>;
};

export async function machineState(databaseUrl: string): Promise<MachineState> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const postgres: Record<string, string> = {};
  try {
    postgres.version = String((await client.query("SHOW server_version")).rows[0]?.server_version ?? "?");
    for (const name of [
      "shared_buffers",
      "synchronous_commit",
      "max_connections",
      "wal_sync_method",
      "commit_delay",
      // Off on some development servers: tables are then never analysed (see the EXPLAIN section).
      "autovacuum",
    ]) {
      postgres[name] = String((await client.query(`SHOW ${name}`)).rows[0]?.[name] ?? "?");
    }
  } finally {
    await client.end();
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((v) => Math.round(v * 100) / 100),
    node: process.version,
    postgres,
  };
}

/**
 * ANALYZE the bench database: what autovacuum would have done by now on a production server (it
 * analyses a table after 10% of it changed), so that plans match production and not an empty table.
 */
export async function analyzeDatabase(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
