// Applies prisma/migrations to the database (DATABASE_URL, or the embedded one). Production runs this
// once per release before starting the app instances: `npm run db:migrate`.
import { ensureDatabase } from "../lib/db/embedded";
import { run } from "./run";

const db = await ensureDatabase();
try {
  await run("npx", ["prisma", "migrate", "deploy"], { quiet: true });
  console.log(`Migrations applied (${db.embedded ? "embedded database" : "DATABASE_URL"}).`);
} finally {
  await db.stop();
}
