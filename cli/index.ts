// The operator command line: `npm run paylane -- <command> [flags]` (see --help).
//
// The database is chosen before any lib/ module loads: ensureDatabase() uses DATABASE_URL, or joins or
// starts the embedded PGlite server (and sets DATABASE_URL), and only then is lib/db imported, since
// lib/env reads the environment once, when first imported.
import { ensureDatabase, type DatabaseHandle } from "../lib/db/embedded";
import { isAppError } from "../lib/errors";
import { UsageError, wantsHelp } from "./args";
import type { CliCommand } from "./command";
import { COMMANDS } from "./commands";

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const out = (text: string) => void process.stdout.write(`${text}\n`);
const err = (text: string) => void process.stderr.write(`${text}\n`);

// stdout carries results only (in --json mode, one JSON document that scripts parse): anything a
// library logs goes to stderr.
console.log = console.error;
console.info = console.error;
console.debug = console.error;

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: npm run paylane -- <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run a command with --help for its options. The database is DATABASE_URL, or the embedded one.",
  ].join("\n");
}

function findCommand(argv: string[]): { command: CliCommand; args: string[] } | undefined {
  const [group, action] = argv;
  const command = COMMANDS.find((c) => c.name === `${group} ${action}`);
  return command ? { command, args: argv.slice(2) } : undefined;
}

// Flags named after fields of lib/ inputs, so a validation error points at what the operator typed.
const FLAG_FOR_FIELD: Record<string, string> = {
  siteUrl: "site",
  email: "email",
  name: "name",
  password: "password",
  month: "month",
};

function reportError(error: unknown): number {
  if (isAppError(error)) {
    const flag = error.field ? FLAG_FOR_FIELD[error.field] : undefined;
    err(`Error: ${flag ? `--${flag}: ` : ""}${error.message}`);
    return error.code === "invalid_request" ? EXIT_USAGE : EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/P2021|does not exist in the current database|relation "[a-z_]+" does not exist/.test(message)) {
    err("Error: the database has no Paylane tables yet. Run `npm run db:migrate` first.");
    return EXIT_FAILURE;
  }
  err(`Error: ${message}`);
  return EXIT_FAILURE;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    (argv.length === 0 ? err : out)(generalHelp());
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const found = findCommand(argv);
  if (!found) {
    const group = COMMANDS.filter((c) => c.name.startsWith(`${argv[0]} `));
    if (group.length > 0 && (argv.length === 1 || wantsHelp(argv.slice(1, 2)))) {
      (wantsHelp(argv) ? out : err)(group.map((c) => `${c.help}\n`).join("\n"));
      return wantsHelp(argv) ? EXIT_OK : EXIT_USAGE;
    }
    err(`Error: unknown command "${argv.slice(0, 2).join(" ")}".\n\n${generalHelp()}`);
    return EXIT_USAGE;
  }
  const { command, args } = found;
  if (wantsHelp(args)) {
    out(command.help);
    return EXIT_OK;
  }
  let action;
  try {
    action = command.prepare(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`Error: ${error.message}\nRun \`npm run paylane -- ${command.name} --help\` for its options.`);
    return EXIT_USAGE;
  }

  let handle: DatabaseHandle | undefined;
  try {
    handle = await ensureDatabase();
    const { db } = await import("../lib/db");
    try {
      return await action({ db, out, err });
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    return reportError(error);
  } finally {
    await handle?.stop();
  }
}

const code = await main(process.argv.slice(2)).catch((error: unknown) => {
  err(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT_FAILURE;
});
// Exit explicitly: a pool or server handle left open must not keep the operator waiting.
process.stdout.write("", () => process.exit(code));
