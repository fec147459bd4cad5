import type { Db } from "@/lib/db";

export type CliContext = {
  db: Db;
  /** Results: the only thing written to stdout (in --json mode, exactly one JSON document). */
  out: (text: string) => void;
  /** Progress, warnings and errors: stderr. */
  err: (text: string) => void;
};

/** What a command does once a database is up; resolves to the process exit code. */
export type CliAction = (ctx: CliContext) => Promise<number>;

export type CliCommand = {
  /** "merchant create": the words that select it. */
  name: string;
  summary: string;
  /** Full --help text. */
  help: string;
  /**
   * Parses the flags (throwing UsageError) without touching the database, and returns the action. The
   * action loads lib/ modules itself, after cli/index.ts has chosen the database.
   */
  prepare: (args: string[]) => CliAction;
};
