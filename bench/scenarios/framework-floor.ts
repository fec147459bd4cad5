import http from "node:http";
import { cpus } from "node:os";
import { cpuSnapshot } from "../support/cpu";
import { BENCH_APP_URL } from "../support/ports";
import type { BenchStack } from "../support/stack";
import type { EndToEndResult } from "./end-to-end";

// What Next.js costs the app per request when the gateway's own code does (next to) nothing: a route
// handler that answers from memory (the platform key) and the smallest page (sign-in: the layouts and
// one client form), each under concurrent keep-alive load. Multiplied by the requests of one payment
// in the end-to-end run, it is the app CPU a payment would cost even if every line of the gateway's
// code were free; with the banks', PostgreSQL's and the load generator's CPU as the end-to-end run
// measured them, it bounds how many payments per second these cores can complete at all.

const CONCURRENCY = 16;
// Create, choose bank (a server action), the bank's notification and the shopper's return.
const ROUTES_PER_PAYMENT = 4;

export type FrameworkFloor = {
  clients: number;
  routeHandlerCpuMs: number;
  pageCpuMs: number;
  /** Per payment of the end-to-end run: route handlers and server actions, and pages. */
  requestsPerPayment: { routes: number; pages: number };
  floorAppCpuMsPerPayment: number;
  /** The rest of the machine's work per payment, as the uniform end-to-end run measured it. */
  othersCpuMsPerPayment: number;
  /** cores × 1000 / (floor + others): the most the machine could complete with a free gateway. */
  maxPaymentsPerSecond: number;
  /** The mock banks and the load generator (shoppers, merchant servers, their sink) alone, per payment. */
  harnessCpuMsPerPayment: number;
  /** cores × 1000 / harness: the most these cores could complete with no gateway and no database at all. */
  maxPaymentsPerSecondWithoutGateway: number;
};

async function appCpuPerRequest(stack: BenchStack, path: string, seconds: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const url = new URL(path, BENCH_APP_URL);
  const get = () =>
    new Promise<void>((resolve, reject) => {
      const request = http.get(url, { agent, headers: { "accept-language": "en" } }, (response) => {
        response.resume();
        response.on("end", () =>
          response.statusCode === 200 ? resolve() : reject(new Error(`${path}: ${response.statusCode}`)),
        );
      });
      request.on("error", reject);
    });
  for (let i = 0; i < 200; i++) await get(); // JIT and caches
  const before = cpuSnapshot(stack.pids()).app;
  const end = performance.now() + seconds * 1000;
  let requests = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        await get();
        requests++;
      }
    }),
  );
  agent.destroy();
  return Math.round(((cpuSnapshot(stack.pids()).app - before) / requests) * 100) / 100;
}

export async function measureFrameworkFloor(
  stack: BenchStack,
  uniform: EndToEndResult | undefined,
  seconds: number,
): Promise<FrameworkFloor> {
  const routeHandlerCpuMs = await appCpuPerRequest(stack, "/api/v1/platform-key", seconds);
  const pageCpuMs = await appCpuPerRequest(stack, "/signin", seconds);
  // The checkout page, and the hand-off page for the banks the shopper reaches by POST.
  const paid = uniform?.stages["checkout page"]?.count ?? 0;
  const handOffs = uniform?.stages["bank hand-off page"]?.count ?? 0;
  const pages = 1 + (paid > 0 ? handOffs / paid : 0);
  const floorAppCpuMsPerPayment = routeHandlerCpuMs * ROUTES_PER_PAYMENT + pageCpuMs * pages;
  const perPayment = uniform?.cpuMsPerPayment ?? {};
  const othersCpuMsPerPayment = (["banks", "postgres", "bench"] as const).reduce(
    (sum, name) => sum + (perPayment[name] ?? 0),
    0,
  );
  const harness = (perPayment.banks ?? 0) + (perPayment.bench ?? 0);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    clients: CONCURRENCY,
    routeHandlerCpuMs,
    pageCpuMs,
    requestsPerPayment: { routes: ROUTES_PER_PAYMENT, pages: Math.round(pages * 100) / 100 },
    floorAppCpuMsPerPayment: round(floorAppCpuMsPerPayment),
    othersCpuMsPerPayment: round(othersCpuMsPerPayment),
    maxPaymentsPerSecond: round((cpus().length * 1000) / (floorAppCpuMsPerPayment + othersCpuMsPerPayment)),
    harnessCpuMsPerPayment: round(harness),
    maxPaymentsPerSecondWithoutGateway: round((cpus().length * 1000) / Math.max(harness, 0.001)),
  };
}
