import { parseArgs, type ParseArgsConfig } from "node:util";

/** A mistake in how the command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS_");
}

/**
 * node:util parseArgs in strict mode, with its errors ("Unknown option '--nme'", "Option '--email
 * <value>' argument missing") turned into UsageErrors. Positionals are refused: every value is a flag.
 */
export function parseFlags<const O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message);
    throw error;
  }
}

/** The value of a required string flag, refusing a missing or blank one by name. */
export function requireString(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`Missing required option --${flag}`);
  if (value.trim() === "") throw new UsageError(`Option --${flag} must not be empty`);
  return value;
}

export function wantsHelp(args: readonly string[]): boolean {
  return args.includes("--help") || args.includes("-h");
}
