import { inject } from "vitest";

// Runs before each test file's imports, so lib/env and lib/db see the throwaway database.
Object.assign(process.env, {
  DATABASE_URL: inject("databaseUrl"),
  NODE_ENV: "test",
  PAYLANE_WORKERS: "off",
});
