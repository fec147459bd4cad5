import { BANK_PROFILES } from "../../mock-banks/profiles";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../test/test-database";
import { startApp } from "./app-server";
import { bankUrlEnv, startBenchBanks, type BenchBanks } from "./mock-banks";
import { startMerchantSink, type MerchantSink } from "./merchant-sink";
import { BENCH_PORTS } from "./ports";
import { stopAllServices, type Service } from "./service";
import { startBalancer, type Balancer } from "./tcp-balancer";
import type { MerchantCredentials } from "./signed-request";

// Everything a bench run talks to, started e2e-style against a throwaway PostgreSQL database: the mock
// banks (their own process), the merchants' notification sink and, when asked, the production app.

export type Gateway = typeof import("./gateway-setup");

export type BenchStack = {
  databaseUrl: string;
  /** The gateway's verbs and Prisma client, on the bench database. */
  gateway: Gateway;
  merchants: MerchantCredentials[];
  platformKeyPem: string;
  banks: BenchBanks;
  sink: MerchantSink;
  /** Starts `instances` app processes (more than one: behind a round-robin balancer on the app port). */
  startApp: (options?: {
    env?: Record<string, string>;
    nodeArgs?: string[];
    instances?: number;
  }) => Promise<void>;
  stopApp: () => Promise<void>;
  /** The pids whose CPU is measured (support/cpu.ts); the app must be running. */
  pids: () => { app: number[]; banks: number };
  stop: () => Promise<void>;
};

function expectedBanks(): { code: string; url: string }[] {
  return BANK_PROFILES.map((profile, index) => ({
    code: profile.code,
    url: `http://127.0.0.1:${BENCH_PORTS.bankBase + index}`,
  }));
}

export async function startStack(options: {
  merchants: number;
  log: (line: string) => void;
}): Promise<BenchStack> {
  const { log } = options;
  let database: ThrowawayDatabase | undefined;
  let gateway: Gateway | undefined;
  let sink: MerchantSink | undefined;
  let apps: Service[] = [];
  let balancer: Balancer | undefined;
  const stop = async () => {
    await balancer?.stop();
    await stopAllServices();
    await sink?.stop();
    await gateway?.db.$disconnect();
    await database?.drop();
  };
  try {
    log("creating the bench database (migrations) …");
    database = await createThrowawayDatabase("bench");
    const databaseUrl = database.url;
    process.env.DATABASE_URL = databaseUrl;
    // This process's own gateway code (the query profile) is reached by the banks here.
    process.env.APP_URL = `http://127.0.0.1:${BENCH_PORTS.profileGateway}`;
    // lib/env reads the banks' addresses once, at import; the bench's bank ports are fixed.
    Object.assign(process.env, bankUrlEnv(expectedBanks()));
    gateway = await import("./gateway-setup");
    log(`creating ${options.merchants} merchants with their key pairs …`);
    const merchants = await gateway.createBenchMerchants(options.merchants, "m");
    const platformKeyPem = await gateway.platformPublicKeyPem();
    log("starting the mock banks and the merchant sink …");
    const banks = await startBenchBanks(platformKeyPem);
    const expected = JSON.stringify(expectedBanks());
    if (JSON.stringify(banks.banks) !== expected) throw new Error(`mock banks not at ${expected}`);
    sink = await startMerchantSink(platformKeyPem);
    return {
      databaseUrl,
      gateway,
      merchants,
      platformKeyPem,
      banks,
      sink,
      startApp: async ({ env, nodeArgs, instances = 1 } = {}) => {
        log(`starting the app (${instances} × next start) …`);
        const bankUrls = bankUrlEnv(banks.banks);
        if (instances === 1) {
          apps = [await startApp({ databaseUrl, bankUrls, env, nodeArgs })];
          return;
        }
        const ports = Array.from({ length: instances }, (_, i) => BENCH_PORTS.app + 1 + i);
        apps = await Promise.all(
          ports.map((port) => startApp({ databaseUrl, bankUrls, env, nodeArgs, port })),
        );
        balancer = await startBalancer(BENCH_PORTS.app, ports);
      },
      stopApp: async () => {
        await balancer?.stop();
        balancer = undefined;
        await Promise.all(apps.map((app) => app.stop()));
        apps = [];
      },
      pids: () => {
        if (apps.length === 0) throw new Error("the app is not running");
        return { app: apps.map((app) => app.pid), banks: banks.service.pid };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
