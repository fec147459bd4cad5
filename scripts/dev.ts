// `npm run dev`: the whole system on one machine. Without DATABASE_URL it serves an embedded PostgreSQL
// (PGlite, data under .data/), applies migrations, loads demo data, starts the mail catcher and the mock
// banks, then Next.js in development mode.
import { spawn, type ChildProcess } from "node:child_process";
import { ensureDatabase } from "../lib/db/embedded";
import { prepareDatabase } from "./services/prepare-database";
import { startMailCatcher } from "./services/mail-catcher";
import { startStripeMock } from "./services/stripe-mock";

const started = Date.now();
const database = await ensureDatabase();
console.log(`• database: ${database.embedded ? "embedded PGlite (.data/pglite)" : "DATABASE_URL"}`);
await prepareDatabase(database.url, { seed: true });

const useCatcher = !process.env.SMTP_HOST;
const mail = useCatcher ? await startMailCatcher() : undefined;
if (mail) console.log("• mail catcher: http://localhost:1080 (SMTP on 1025)");

// Foreign cards go to Stripe; locally, to a Stripe look-alike speaking the same API.
const stripe = await startStripeMock();
console.log(`• card acquirer (Stripe mock): ${stripe.url}`);

const children: ChildProcess[] = [];
function start(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, ...env },
  });
  children.push(child);
  child.on("exit", (code) => {
    if (!shuttingDown) {
      console.error(`${command} ${args.join(" ")} exited with ${code}`);
      void shutdown(1);
    }
  });
  return child;
}

// The banks are separate systems: their own process, state and keys (.data/mock-banks).
start("npx", ["tsx", "mock-banks/server.ts"]);
console.log("• mock banks: http://127.0.0.1:4101 (ICMB), :4102 (CCMB), :4103 (MCMB)");
start("npx", ["next", "dev", "--port", process.env.PORT ?? "3000"], {
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`,
  // One PGlite server answers every query in turn, so keep the app's pool small there.
  DB_POOL_SIZE: database.embedded ? "4" : (process.env.DB_POOL_SIZE ?? "10"),
});
console.log(`• ready to start in ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:3000`);

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill("SIGTERM");
  await mail?.stop();
  await stripe.stop();
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
