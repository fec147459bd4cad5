// Fails when prisma/migrations does not produce exactly prisma/schema.prisma (someone edited one without
// the other). Runs against a shadow database on the test server.
import { testServerUrl } from "../test/test-database";
import { run } from "./run";

try {
  await run(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--exit-code",
    ],
    { quiet: true, env: { DATABASE_URL: testServerUrl() } },
  );
  console.log("No drift: prisma/migrations matches schema.prisma.");
} catch (error) {
  console.error("Schema drift: prisma/migrations and schema.prisma disagree.");
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
