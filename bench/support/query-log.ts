import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";

// Counts the SQL round trips the gateway's code makes, by stage of a payment, by wrapping pg's
// Client.query in this process (Prisma's driver adapter and the pool go through it): the stand-in for
// pg_stat_statements, which this PostgreSQL does not have. Only work run inside `stage()` is counted.

export type StageQueries = {
  queries: number;
  /** Wall time spent waiting for PostgreSQL's answers. */
  dbMs: number;
  /** CPU of this process (the gateway's code, Prisma, pg) during the stage. */
  cpuMs: number;
  wallMs: number;
  runs: number;
  /** The statements of the first run, in order, shortened. */
  firstRun: string[];
};

const storage = new AsyncLocalStorage<StageQueries>();
let installed = false;

function textOf(args: unknown[]): string {
  const first = args[0];
  if (typeof first === "string") return first;
  if (typeof first === "object" && first !== null) {
    const text: unknown = Reflect.get(first, "text");
    if (typeof text === "string") return text;
  }
  return "?";
}

/** Wraps a query method: promise calls made inside a stage are counted and timed. */
function counting(original: (...args: never[]) => unknown): (this: unknown, ...args: unknown[]) => unknown {
  const counted = function (this: unknown, ...args: unknown[]): unknown {
    const current = storage.getStore();
    const result: unknown = Reflect.apply(original, this, args);
    if (!current || !(result instanceof Promise)) return result;
    const started = performance.now();
    current.queries++;
    if (current.runs === 1) current.firstRun.push(textOf(args).replace(/\s+/g, " ").trim().slice(0, 400));
    return result.finally(() => {
      current.dbMs += performance.now() - started;
    });
  };
  return counted;
}

// Prisma's adapter sends transactions' statements through a pooled Client and the others through
// Pool.query, which calls Client.query with a callback: counting only promise calls on both counts
// each statement once.
function install(): void {
  if (installed) return;
  installed = true;
  const clientQuery = pg.Client.prototype.query;
  const poolQuery = pg.Pool.prototype.query;
  pg.Client.prototype.query = counting(clientQuery) as typeof clientQuery;
  pg.Pool.prototype.query = counting(poolQuery) as typeof poolQuery;
}

export class QueryProfile {
  private readonly stages = new Map<string, StageQueries>();

  constructor() {
    install();
  }

  reset(): void {
    this.stages.clear();
  }

  /** Runs `work` as one run of `name`; stages may not overlap (CPU is measured for the process). */
  async stage<T>(name: string, work: () => Promise<T>): Promise<T> {
    let entry = this.stages.get(name);
    if (!entry) {
      entry = { queries: 0, dbMs: 0, cpuMs: 0, wallMs: 0, runs: 0, firstRun: [] };
      this.stages.set(name, entry);
    }
    entry.runs++;
    const cpu = process.cpuUsage();
    const started = performance.now();
    try {
      return await storage.run(entry, work);
    } finally {
      const used = process.cpuUsage(cpu);
      entry.cpuMs += (used.user + used.system) / 1000;
      entry.wallMs += performance.now() - started;
    }
  }

  /** Per stage, averages per run (per payment). */
  perRun(): Record<
    string,
    { runs: number; queries: number; dbMs: number; cpuMs: number; wallMs: number; firstRun: string[] }
  > {
    const round = (v: number) => Math.round(v * 100) / 100;
    return Object.fromEntries(
      [...this.stages].map(([name, s]) => [
        name,
        {
          runs: s.runs,
          queries: round(s.queries / s.runs),
          dbMs: round(s.dbMs / s.runs),
          cpuMs: round(s.cpuMs / s.runs),
          wallMs: round(s.wallMs / s.runs),
          firstRun: s.firstRun,
        },
      ]),
    );
  }
}
