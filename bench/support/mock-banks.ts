import { rmSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { startService, waitUntil, type Service } from "./service";
import { BENCH_PORTS } from "./ports";

export type BenchBanks = {
  service: Service;
  banks: { code: string; url: string }[];
  stop: () => Promise<void>;
};

/** Starts the mock banks (bench/support/banks-process.ts) with their own throwaway data directory. */
export async function startBenchBanks(gatewayPublicKeyPem: string): Promise<BenchBanks> {
  const dataDir = path.resolve(`.data/bench-banks-${process.pid}`);
  let banks: { code: string; url: string }[] | undefined;
  const service = startService(
    "mock banks",
    process.execPath,
    ["--import", "tsx", path.join("bench", "support", "banks-process.ts")],
    {
      ...process.env,
      MOCK_BANKS_DATA_DIR: dataDir,
      MOCK_BANK_PORT_BASE: String(BENCH_PORTS.bankBase),
      GATEWAY_PUBLIC_KEY_PEM: gatewayPublicKeyPem,
    },
    (line) => {
      if (line.startsWith("READY ")) banks = parseReady(line.slice("READY ".length));
    },
  );
  await waitUntil(service, async () => banks !== undefined, 60_000);
  return {
    service,
    banks: banks ?? [],
    stop: async () => {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const readyLine = z.array(z.object({ code: z.string(), url: z.string().url() }));

function parseReady(json: string): { code: string; url: string }[] {
  return readyLine.parse(JSON.parse(json));
}

/** BANK_<CODE>_URL variables for the app. */
export function bankUrlEnv(banks: readonly { code: string; url: string }[]): Record<string, string> {
  return Object.fromEntries(banks.map((bank) => [`BANK_${bank.code.toUpperCase()}_URL`, bank.url]));
}
