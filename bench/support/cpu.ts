import { readdirSync, readFileSync } from "node:fs";

// CPU time per component, read from /proc: where the machine's two cores went during a scenario. The
// gateway, the banks, PostgreSQL and the bench itself share the cores, so a figure per payment for each
// says which one to make cheaper; "other" is everyone else's work on the machine, which makes a
// measurement less trustworthy when it is large.

const TICK_MS = 10; // USER_HZ is 100 on Linux (getconf CLK_TCK)

type ProcStat = { pid: number; comm: string; ppid: number; own: number; reapedChildren: number };

function readStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // comm may contain spaces and parentheses: the fields after it follow the last ")".
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    const fields = text.slice(close + 2).split(" ");
    const n = (index: number) => Number(fields[index] ?? 0);
    // After comm: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    return {
      pid: Number(pid),
      comm,
      ppid: n(1),
      own: (n(11) + n(12)) * TICK_MS,
      reapedChildren: (n(13) + n(14)) * TICK_MS,
    };
  } catch {
    return undefined; // the process ended between readdir and read
  }
}

function allProcesses(): ProcStat[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((stat): stat is ProcStat => stat !== undefined);
}

/** CPU ms of a process and all its descendants, including children that already exited. */
function treeMs(processes: readonly ProcStat[], rootPid: number | undefined): number {
  if (rootPid === undefined) return 0;
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const visit = (p: ProcStat) => {
    total += p.own + (p.pid === rootPid ? p.reapedChildren : 0);
    for (const child of children.get(p.pid) ?? []) visit(child);
  };
  const root = processes.find((p) => p.pid === rootPid);
  if (root) visit(root);
  return total;
}

/** PostgreSQL: every postgres process, plus the backends that ended (reaped by the postmaster). */
function postgresMs(processes: readonly ProcStat[]): number {
  const postgres = processes.filter((p) => p.comm === "postgres");
  const pids = new Set(postgres.map((p) => p.pid));
  const postmaster = postgres.find((p) => !pids.has(p.ppid));
  return postgres.reduce((sum, p) => sum + p.own, 0) + (postmaster?.reapedChildren ?? 0);
}

function machineMs(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
  return { busy: busy * TICK_MS, total: (busy + (idle ?? 0) + (iowait ?? 0)) * TICK_MS };
}

export type CpuSnapshot = Record<
  "app" | "banks" | "postgres" | "bench" | "machineBusy" | "machineTotal",
  number
>;

export function cpuSnapshot(pids: { app?: readonly number[]; banks?: number }): CpuSnapshot {
  const processes = allProcesses();
  const machine = machineMs();
  return {
    app: (pids.app ?? []).reduce((sum, pid) => sum + treeMs(processes, pid), 0),
    banks: treeMs(processes, pids.banks),
    postgres: postgresMs(processes),
    // The load generator, the merchant sink and any tool it ran (pgbench, the ledger check); the app
    // and the banks are its children too, and counted apart.
    bench:
      treeMs(processes, process.pid) -
      (pids.app ?? []).reduce((sum, pid) => sum + treeMs(processes, pid), 0) -
      treeMs(processes, pids.banks),
    machineBusy: machine.busy,
    machineTotal: machine.total,
  };
}

export type CpuUse = {
  /** Per component, CPU seconds over the interval and share of the machine (100% = all cores). */
  components: Record<
    "app" | "banks" | "postgres" | "bench" | "other",
    { seconds: number; percentOfMachine: number }
  >;
  machineBusyPercent: number;
};

export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuUse {
  const delta = (key: keyof CpuSnapshot) => Math.max(0, after[key] - before[key]);
  const total = delta("machineTotal") || 1;
  const ours = delta("app") + delta("banks") + delta("postgres") + delta("bench");
  const share = (ms: number) => ({
    seconds: Math.round(ms / 10) / 100,
    percentOfMachine: Math.round((ms / total) * 1000) / 10,
  });
  return {
    components: {
      app: share(delta("app")),
      banks: share(delta("banks")),
      postgres: share(delta("postgres")),
      bench: share(delta("bench")),
      other: share(Math.max(0, delta("machineBusy") - ours)),
    },
    machineBusyPercent: Math.round((delta("machineBusy") / total) * 1000) / 10,
  };
}
