// Demo data for a fresh install: `npm run db:seed` (after `npm run db:migrate`). Safe to run again: it
// finds what exists and changes nothing. The work is lib/seed/demo.ts, which e2e setup reuses.
import path from "node:path";
import { ensureDatabase } from "../lib/db/embedded";

// Choose the database before lib/ loads: lib/env reads DATABASE_URL once, when first imported.
const handle = await ensureDatabase();
let exitCode = 0;
try {
  const { db } = await import("../lib/db");
  const { seedDemoData, DEMO_USERS } = await import("../lib/seed/demo");
  const { formatCny } = await import("../lib/money");
  try {
    const demo = await seedDemoData(db, { privateKeyPath: process.env.DEMO_MERCHANT_KEY_PATH || undefined });
    const appUrl = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
    const rows = [
      ["who", "email", "password", "lands on"],
      ["admin", DEMO_USERS.admin.email, DEMO_USERS.admin.password, "/admin"],
      ["reviewer", DEMO_USERS.reviewer.email, DEMO_USERS.reviewer.password, "/admin"],
      ["merchant (Demo Shop)", DEMO_USERS.merchant.email, DEMO_USERS.merchant.password, "/dashboard"],
      [
        "applicant (Lantern Books)",
        DEMO_USERS.applicant.email,
        DEMO_USERS.applicant.password,
        "/dashboard/application (in review)",
      ],
      [
        "wallet: Alice",
        DEMO_USERS.alice.email,
        DEMO_USERS.alice.password,
        `/wallet (${formatCny(demo.wallets.alice.balance)})`,
      ],
      [
        "wallet: Bob",
        DEMO_USERS.bob.email,
        DEMO_USERS.bob.password,
        `/wallet (${formatCny(demo.wallets.bob.balance)})`,
      ],
    ];
    const widths =
      rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
    const line = (row: string[]) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd();
    console.log(
      [
        `Demo data ready (${handle.embedded ? "embedded database" : "DATABASE_URL"}). Sign in at ${appUrl}/signin:`,
        "",
        line(rows[0] ?? []),
        line(widths.map((w) => "-".repeat(w))),
        ...rows.slice(1).map(line),
        "",
        "Demo Shop merchant API credentials:",
        `  merchantId   ${demo.merchant.merchantId}`,
        `  keyId        ${demo.merchant.keyId}`,
        `  private key  ${path.relative(process.cwd(), demo.merchant.privateKeyPath)} (mode 600)`,
        "",
        "Demo Shop is a platform: its sub-merchant Demo Shop Kitchen can receive split shares",
        "(/admin/platforms); the agent Harbor Partners earns 20% of its fees (/admin/agents).",
      ].join("\n"),
    );
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    /P2021|does not exist/.test(message)
      ? "Seeding failed: the database has no Paylane tables yet. Run `npm run db:migrate` first."
      : `Seeding failed: ${message}`,
  );
  exitCode = 1;
} finally {
  await handle.stop();
}
process.exit(exitCode);
