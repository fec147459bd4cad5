import { run } from "../run";

/** Generates the Prisma client, applies migrations, and (optionally) loads the demo data. */
export async function prepareDatabase(url: string, options: { seed: boolean }): Promise<void> {
  const env = { DATABASE_URL: url };
  await run("npx", ["prisma", "generate", "--no-hints"], { quiet: true, env });
  await run("npx", ["prisma", "migrate", "deploy"], { quiet: true, env });
  if (options.seed) await run("npx", ["tsx", "prisma/seed.ts"], { env });
}
