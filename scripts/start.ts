// `npm start`: the production server (`next build` first). With DATABASE_URL it only serves: migrations
// are a separate release step (`npm run db:migrate`) so several instances never race to apply them.
// Without it, a single box runs on the embedded database and migrates it first.
import { spawn } from "node:child_process";
import { ensureDatabase } from "../lib/db/embedded";
import { run } from "./run";

const database = await ensureDatabase();
if (database.embedded) await run("npx", ["prisma", "migrate", "deploy"], { quiet: true });
const app = spawn("npx", ["next", "start", "--port", process.env.PORT ?? "3000"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url },
});
const stop = () => app.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
app.on("exit", (code) => void database.stop().then(() => process.exit(code ?? 0)));
