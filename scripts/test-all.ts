// `npm test`: every check the project has, in the order that fails fastest, with a timing summary.
import { run } from "./run";

type Step = { name: string; command: string; args: string[]; env?: Record<string, string> };

const steps: Step[] = [
  { name: "prisma generate", command: "npx", args: ["prisma", "generate", "--no-hints"] },
  { name: "lint (eslint)", command: "npx", args: ["eslint", ".", "--max-warnings", "0"] },
  { name: "format (prettier)", command: "npx", args: ["prettier", "--check", "."] },
  { name: "type-check", command: "npx", args: ["tsc", "--noEmit"] },
  {
    name: "no circular imports",
    command: "npx",
    args: [
      "madge",
      "--circular",
      "--extensions",
      "ts,tsx",
      "--ts-config",
      "tsconfig.json",
      // Prisma's generated client imports itself in circles; that is its business, not ours.
      "--exclude",
      "generated/",
      "app",
      "lib",
      "components",
      "cli",
      "mock-banks",
      "scripts",
    ],
  },
  { name: "schema drift", command: "npx", args: ["tsx", "scripts/check-drift.ts"] },
  { name: "unit + integration (vitest)", command: "npx", args: ["vitest", "run"] },
  { name: "build", command: "npx", args: ["next", "build"], env: { NEXT_TELEMETRY_DISABLED: "1" } },
  { name: "end-to-end (playwright)", command: "npx", args: ["playwright", "test"] },
];

const only = process.argv.slice(2);
const timings: string[] = [];
const started = Date.now();
for (const step of steps) {
  if (only.length > 0 && !only.some((o) => step.name.includes(o))) continue;
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  try {
    await run(step.command, step.args, { env: step.env });
  } catch {
    console.error(`\n✗ ${step.name} failed`);
    process.exit(1);
  }
  timings.push(`  ${step.name.padEnd(32)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
console.log(
  `\n✓ all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s\n${timings.join("\n")}`,
);
