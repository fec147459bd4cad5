import { cpuBetween, cpuSnapshot, type CpuUse } from "../support/cpu";
import { closedLoop, ErrorTally, inWindow, type LoadPlan } from "../support/load";
import { pgCostPerPayment, pgSnapshot, type PgCostPerPayment } from "../support/pg-stats";
import { BENCH_APP_URL } from "../support/ports";
import { CreateRequestPool, type MerchantCredentials } from "../support/signed-request";
import { Samples, type LatencySummary } from "../support/stats";
import type { BenchStack } from "../support/stack";

// (a) Signed create-payment requests: how many the gateway answers per second, and how fast, with
// `concurrency` merchant servers calling at once, spread over all the bench's merchants.

export type CreatePaymentsResult = {
  concurrency: number;
  merchants: number;
  windowSeconds: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  statuses: Record<string, number>;
  errors: { message: string; count: number }[];
  /** Requests the load generator had to sign inside the measured run (pool ran dry). */
  signedDuringRun: number;
  cpu: CpuUse;
  /** CPU milliseconds per request, per component. */
  cpuMsPerRequest: Record<string, number>;
  pg: PgCostPerPayment;
};

export async function benchCreatePayments(
  stack: BenchStack,
  plan: LoadPlan,
  merchants: readonly MerchantCredentials[],
): Promise<CreatePaymentsResult> {
  const send = async (pool: CreateRequestPool) => {
    const request = pool.take();
    const started = performance.now();
    const response = await fetch(`${BENCH_APP_URL}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    await response.arrayBuffer();
    return { status: response.status, started, ended: performance.now() };
  };

  // Warm-up, signing on demand; its rate sizes the pool signed ahead of the measured run.
  const warm = new CreateRequestPool(merchants, stack.sink.base, "warm");
  let warmed = 0;
  await closedLoop(
    { ...plan, warmupMs: 0, durationMs: plan.warmupMs },
    async () => {
      if ((await send(warm)).status === 201) warmed++;
    },
    () => {},
  );
  const pool = new CreateRequestPool(merchants, stack.sink.base, "create");
  pool.fill(
    Math.min(60_000, Math.ceil((warmed / (plan.warmupMs / 1000)) * (plan.durationMs / 1000 + 2) * 1.5) + 500),
  );

  const latency = new Samples();
  const statuses: Record<string, number> = {};
  const errors = new ErrorTally();
  let completed = 0;
  const pgBefore = await pgSnapshot(stack.databaseUrl);
  const pids = stack.pids();
  const cpuBefore = cpuSnapshot(pids);
  const window = await closedLoop(
    { ...plan, warmupMs: 1_000 },
    async (window) => {
      const { status, started, ended } = await send(pool);
      completed++;
      if (!inWindow(window, ended)) return;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 201) latency.add(ended - started);
      else errors.add(new Error(`HTTP ${status}`));
    },
    errors.add,
  );
  const cpu = cpuBetween(cpuBefore, cpuSnapshot(pids));
  const pg = pgCostPerPayment(pgBefore, await pgSnapshot(stack.databaseUrl), completed);
  const summary = latency.summary();
  return {
    concurrency: plan.concurrency,
    merchants: merchants.length,
    windowSeconds: window.seconds,
    requestsPerSecond: Math.round((summary.count / window.seconds) * 10) / 10,
    latency: summary,
    statuses,
    errors: errors.entries(),
    signedDuringRun: pool.signedLate,
    cpu,
    cpuMsPerRequest: Object.fromEntries(
      Object.entries(cpu.components).map(([name, use]) => [
        name,
        Math.round((use.seconds * 1e5) / Math.max(1, completed)) / 100,
      ]),
    ),
    pg,
  };
}
