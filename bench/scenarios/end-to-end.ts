import { cpuBetween, cpuSnapshot, type CpuUse } from "../support/cpu";
import { payThroughCheckout, SHOPPER_STAGES } from "../support/http-shopper";
import {
  closedLoop,
  ErrorTally,
  inWindow,
  Semaphore,
  type LoadPlan,
  type MeasuredWindow,
} from "../support/load";
import { pgCostPerPayment, pgSnapshot, type PgCostPerPayment } from "../support/pg-stats";
import { BENCH_APP_URL } from "../support/ports";
import { CreateRequestPool, type MerchantCredentials } from "../support/signed-request";
import { Samples, StageSamples, type LatencySummary } from "../support/stats";
import type { BenchStack } from "../support/stack";

// (b) Completed payments end to end: a merchant creates the payment (signed API), the shopper pays at
// the bank through the hosted checkout (bench/support/http-shopper.ts), the bank notifies the gateway
// and returns the shopper, the gateway posts the ledger entry and queues the notification, and the
// payment counts only when the merchant sink has the signed payment.succeeded.
//
// Shoppers are independent people: once one has been sent back to the merchant, the next one starts
// without waiting for the merchant's notification. Payments still waiting for theirs are capped
// (`maxAwaiting`), so a notification backlog slows the shoppers down instead of growing without end;
// the throughput is then the slowest stage's.

const BANKS = ["icmb", "ccmb", "mcmb"] as const;
const DRAIN_TIMEOUT_MS = 120_000;
const CREATE_STAGE = "create (signed API)";
const NOTIFIED_STAGE = "notified after the return (0: before)";

export type EndToEndResult = {
  mix: string;
  merchants: number;
  concurrency: number;
  maxAwaiting: number;
  windowSeconds: number;
  paymentsPerSecond: number;
  /** From the create request to the merchant sink's receipt of payment.succeeded. */
  latency: LatencySummary;
  stages: Record<string, LatencySummary>;
  started: number;
  completed: number;
  /** Payments started but not notified within two minutes after the run. */
  incomplete: number;
  errors: { message: string; count: number }[];
  cpu: CpuUse;
  cpuMsPerPayment: Record<string, number>;
  pg: PgCostPerPayment;
};

type PipelineRun = {
  window: MeasuredWindow;
  latency: Samples;
  stages: StageSamples;
  started: number;
  completed: number;
  incomplete: number;
  errors: ErrorTally;
};

async function runPipeline(
  stack: BenchStack,
  plan: LoadPlan,
  pool: CreateRequestPool,
  maxAwaiting: number,
): Promise<PipelineRun> {
  const slots = new Semaphore(maxAwaiting);
  const latency = new Samples();
  const stages = new StageSamples([CREATE_STAGE, ...SHOPPER_STAGES, NOTIFIED_STAGE]);
  const errors = new ErrorTally();
  const awaiting = new Set<Promise<void>>();
  let started = 0;
  let completed = 0;
  let nextBank = 0;

  const window = await closedLoop(
    plan,
    async (window) => {
      await slots.acquire();
      let handedOff = false;
      try {
        const stage = (name: string, ms: number) => {
          if (inWindow(window, performance.now())) stages.add(name, ms);
        };
        const request = pool.take();
        const createdAt = performance.now();
        started++;
        const response = await fetch(`${BENCH_APP_URL}${request.path}`, {
          method: "POST",
          headers: request.headers,
          body: request.body,
        });
        const payment: unknown = await response.json();
        stage(CREATE_STAGE, performance.now() - createdAt);
        const checkoutUrl =
          typeof payment === "object" && payment ? Reflect.get(payment, "checkoutUrl") : null;
        if (response.status !== 201 || typeof checkoutUrl !== "string") {
          throw new Error(`create answered ${response.status}`);
        }
        const notified = stack.sink.succeededFor(request.orderId);
        await payThroughCheckout(checkoutUrl, BANKS[nextBank++ % BANKS.length] ?? "icmb", stage);
        const shopperDone = performance.now();
        const completion = notified.then((at) => {
          completed++;
          stage(NOTIFIED_STAGE, Math.max(0, at - shopperDone));
          if (inWindow(window, at)) latency.add(at - createdAt);
          slots.release();
        });
        handedOff = true;
        awaiting.add(completion);
        void completion.finally(() => awaiting.delete(completion));
      } finally {
        if (!handedOff) slots.release();
      }
    },
    errors.add,
  );
  const drained = Promise.all(awaiting).then(() => true);
  const timedOut = new Promise<boolean>((resolve) =>
    setTimeout(() => resolve(false), DRAIN_TIMEOUT_MS).unref(),
  );
  await Promise.race([drained, timedOut]);
  return { window, latency, stages, started, completed, incomplete: awaiting.size, errors };
}

export async function benchEndToEnd(
  stack: BenchStack,
  plan: LoadPlan,
  mix: { label: string; merchants: readonly MerchantCredentials[] },
  maxAwaiting: number,
): Promise<EndToEndResult> {
  // Warm-up, signing on demand and drained before measuring; its rate sizes the pool signed ahead.
  const warmPool = new CreateRequestPool(mix.merchants, stack.sink.base, `${mix.label}w`);
  const warm = await runPipeline(
    stack,
    { ...plan, warmupMs: 0, durationMs: plan.warmupMs },
    warmPool,
    maxAwaiting,
  );
  const pool = new CreateRequestPool(mix.merchants, stack.sink.base, mix.label);
  const warmRate = warm.completed / (plan.warmupMs / 1000);
  pool.fill(Math.min(40_000, Math.ceil(warmRate * (plan.durationMs / 1000 + 2) * 1.5) + 200));

  const pids = stack.pids();
  const pgBefore = await pgSnapshot(stack.databaseUrl);
  const cpuBefore = cpuSnapshot(pids);
  const run = await runPipeline(stack, { ...plan, warmupMs: 2_000 }, pool, maxAwaiting);
  const cpu = cpuBetween(cpuBefore, cpuSnapshot(pids));
  const pg = pgCostPerPayment(pgBefore, await pgSnapshot(stack.databaseUrl), run.completed);
  const latency = run.latency.summary();
  if (pool.signedLate > 0)
    run.errors.add(new Error(`(not an error) ${pool.signedLate} creates signed during the run`));
  return {
    mix: mix.label,
    merchants: mix.merchants.length,
    concurrency: plan.concurrency,
    maxAwaiting,
    windowSeconds: run.window.seconds,
    paymentsPerSecond: Math.round((latency.count / run.window.seconds) * 10) / 10,
    latency,
    stages: run.stages.summaries(),
    started: run.started,
    completed: run.completed,
    incomplete: run.incomplete,
    errors: run.errors.entries(),
    cpu,
    cpuMsPerPayment: Object.fromEntries(
      Object.entries(cpu.components).map(([name, use]) => [
        name,
        Math.round((use.seconds * 1e5) / Math.max(1, run.completed)) / 100,
      ]),
    ),
    pg,
  };
}
