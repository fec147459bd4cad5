// Playwright's web server: a throwaway database with migrations and demo data, the mail catcher, the
// mock banks and the production build of the app (`next start`), all on e2e ports.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { createThrowawayDatabase } from "../../test/test-database";
import { prepareDatabase } from "../../scripts/services/prepare-database";
import { startMailCatcher } from "../../scripts/services/mail-catcher";
import { run } from "../../scripts/run";
import { startMockBanks } from "../../mock-banks";
import { startStripeMock } from "../../scripts/services/stripe-mock";
import { E2E, E2E_APP_URL } from "./ports";
import { E2E_STATE_DIR, writeE2eState } from "./state";

const database = await createThrowawayDatabase("e2e");
await prepareDatabase(database.url, { seed: false });
process.env.DATABASE_URL = database.url;
const { db } = await import("../../lib/db");
const { seedDemoData } = await import("../../lib/seed/demo");
const demo = await seedDemoData(db, { privateKeyPath: path.join(E2E_STATE_DIR, "demo-merchant-key.pem") });
await db.$disconnect();
writeE2eState({ databaseUrl: database.url, merchant: demo.merchant });
const mail = await startMailCatcher({ smtpPort: E2E.smtpPort, webPort: E2E.mailWebPort });
const bankDataDir = `.data/e2e-banks-${process.pid}`;
const banks = await startMockBanks({
  portBase: E2E.bankPortBase,
  dataDir: bankDataDir,
  gatewayPublicKeyUrl: `${E2E_APP_URL}/api/v1/platform-key`,
});
// The card acquirer for foreign cards (stripe-stateful-mock).
const stripeMock = await startStripeMock({ port: 12111 });
const bankUrls = Object.fromEntries(banks.banks.map((b) => [`BANK_${b.code.toUpperCase()}_URL`, b.url]));
if (!existsSync(".next/BUILD_ID"))
  await run("npx", ["next", "build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });

const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  DATABASE_URL: database.url,
  APP_URL: E2E_APP_URL,
  NEXTAUTH_URL: E2E_APP_URL,
  NEXTAUTH_SECRET: "e2e-secret-not-for-production-use",
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(E2E.smtpPort),
  NEXT_TELEMETRY_DISABLED: "1",
  // The test's merchant server listens on loopback, which production otherwise refuses (SSRF guard).
  NOTIFY_ALLOW_PRIVATE_ADDRESSES: "true",
  PAYLANE_TEST_CLOCK: "on",
  STRIPE_API_PORT: String(stripeMock.port),
  ...bankUrls,
};
const app = spawn("npx", ["next", "start", "--port", String(E2E.appPort), "--hostname", "127.0.0.1"], {
  stdio: "inherit",
  env,
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  app.kill("SIGTERM");
  await banks.stop();
  await stripeMock.stop();
  rmSync(bankDataDir, { recursive: true, force: true });
  await mail.stop();
  await database.drop();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
app.on("exit", () => void stop());
