import path from "node:path";
import { defineConfig } from "prisma/config";
import { EMBEDDED_DATABASE_URL } from "./lib/db/connection";
import { PaylanePgAdapterFactory } from "./lib/db/adapter";

// The CLI needs DATABASE_URL even to generate; unset means the embedded database, as everywhere else.
process.env.DATABASE_URL ??= EMBEDDED_DATABASE_URL;
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => new PaylanePgAdapterFactory(url, 2),
});
