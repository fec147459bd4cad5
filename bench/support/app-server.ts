import { existsSync } from "node:fs";
import path from "node:path";
import { startService, waitUntil, type Service } from "./service";
import { BENCH_APP_URL, BENCH_PORTS } from "./ports";

export type AppOptions = {
  databaseUrl: string;
  /** BANK_<CODE>_URL for each mock bank. */
  bankUrls: Record<string, string>;
  /** More environment (DB_POOL_SIZE, …) for experiments. */
  env?: Record<string, string>;
  /** Node flags for the server process (--cpu-prof …). */
  nodeArgs?: string[];
  /** Where this process listens; its public address (APP_URL) stays BENCH_APP_URL (a balancer). */
  port?: number;
};

/**
 * The production build (`next start`) on the bench port against the bench database, configured like
 * e2e/support/server.ts. `next build` output is shared with everyone working in this checkout, so the
 * bench never builds or deletes it: it asks for a build when there is none.
 */
export async function startApp(options: AppOptions): Promise<Service> {
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("No production build (.next/BUILD_ID): run `npx next build` first, then the bench.");
  }
  const app = startService(
    "next start",
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      path.join("node_modules", "next", "dist", "bin", "next"),
      "start",
      "--port",
      String(options.port ?? BENCH_PORTS.app),
      "--hostname",
      "127.0.0.1",
    ],
    {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      APP_URL: BENCH_APP_URL,
      NEXTAUTH_URL: BENCH_APP_URL,
      NEXTAUTH_SECRET: "bench-secret-not-for-production-use",
      NEXT_TELEMETRY_DISABLED: "1",
      // The bench's merchant sink listens on loopback, which production otherwise refuses (SSRF guard).
      NOTIFY_ALLOW_PRIVATE_ADDRESSES: "true",
      // The spec's default limit (60/s per merchant) would refuse the hot merchant's load; the limit is
      // still counted on every request, so its cost stays in the figures.
      API_RATE_LIMIT_PER_SECOND: "1000000",
      ...options.bankUrls,
      ...options.env,
    },
  );
  await waitUntil(
    app,
    async () =>
      (await fetch(`http://127.0.0.1:${options.port ?? BENCH_PORTS.app}/api/v1/platform-key`)).status === 200,
    120_000,
  );
  return app;
}
