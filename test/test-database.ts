import pg from "pg";
import { randomBytes } from "node:crypto";
import { run } from "../scripts/run";

/** The server tests use: TEST_DATABASE_URL, else DATABASE_URL, else the local PostgreSQL on 5432. */
export function testServerUrl(): string {
  return (
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    "postgresql://postgres@127.0.0.1:5432/postgres"
  );
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export type ThrowawayDatabase = { url: string; drop: () => Promise<void> };

/** Creates a fresh database on the test server and applies every migration to it. */
export async function createThrowawayDatabase(label: string): Promise<ThrowawayDatabase> {
  const serverUrl = testServerUrl();
  const name = `paylane_${label}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(serverUrl, name);
  await run("npx", ["prisma", "migrate", "deploy"], { quiet: true, env: { DATABASE_URL: url } });
  return {
    url,
    drop: () =>
      admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
