import type { AccountSpec } from "./accounts";
import { LedgerError } from "./errors";

/** One line of a journal entry: amount > 0 credits the account, amount < 0 debits it. */
export type EntryLine = { readonly account: AccountSpec; readonly amount: bigint };

export type EntryInput = {
  /** What kind of business event this is ("payment.succeeded", "seed.funding"). */
  readonly eventType: string;
  /** The event's own id; (eventType, eventId) posts at most once, which makes retries safe. */
  readonly eventId: string;
  readonly description: string;
  readonly lines: readonly EntryLine[];
};

/** A credit of `amount` (> 0) minor units: raises CREDIT-normal accounts, lowers DEBIT-normal ones. */
export function credit(account: AccountSpec, amount: bigint): EntryLine {
  return { account, amount };
}

/** A debit of `amount` (> 0) minor units: lowers CREDIT-normal accounts, raises DEBIT-normal ones. */
export function debit(account: AccountSpec, amount: bigint): EntryLine {
  return { account, amount: -amount };
}

/** The two lines that move `amount` from one account to another of the same normal side. */
export function transferLines(from: AccountSpec, to: AccountSpec, amount: bigint): EntryLine[] {
  return [debit(from, amount), credit(to, amount)];
}

// postings.amount is a PostgreSQL bigint.
const INT8_MAX = 2n ** 63n - 1n;
const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

function invalid(message: string): never {
  throw new LedgerError("invalid_entry", message);
}

/**
 * Rejects, before any SQL runs, an entry that the database would refuse or that makes no sense, with a
 * message that says what is wrong. The database checks balance again; this is for clear errors.
 */
export function validateEntry(input: EntryInput): void {
  const { eventType, eventId, description, lines } = input;
  if (eventType.length > 64 || !EVENT_TYPE_PATTERN.test(eventType)) {
    invalid(
      `eventType must be dotted lower-case words ("payment.succeeded"), got ${JSON.stringify(eventType)}`,
    );
  }
  if (eventId.length === 0 || eventId.length > 200)
    invalid(`eventId must be 1-200 characters (${eventType})`);
  if (description.length > 500) invalid("description must be at most 500 characters");
  if (lines.length < 2)
    invalid(`an entry needs at least two lines, got ${lines.length} (${eventType} ${eventId})`);

  let sum = 0n;
  const specs = new Map<string, AccountSpec>();
  for (const [index, { account, amount }] of lines.entries()) {
    if (typeof amount !== "bigint")
      invalid(`line ${index} (${account.code}): amount must be a bigint of minor units`);
    if (amount === 0n) invalid(`line ${index} (${account.code}): amount must not be zero`);
    if (amount > INT8_MAX || amount < -INT8_MAX)
      invalid(`line ${index} (${account.code}): amount out of range`);
    const known = specs.get(account.code);
    if (known && (known.normalSide !== account.normalSide || known.allowNegative !== account.allowNegative)) {
      invalid(`account ${account.code} appears with two different definitions`);
    }
    specs.set(account.code, account);
    sum += amount;
  }
  if (sum !== 0n) invalid(`entry ${eventType} ${eventId} is unbalanced: its lines sum to ${sum}, not 0`);
  if (specs.size < 2) invalid(`entry ${eventType} ${eventId} must touch at least two accounts`);
}

/** Net amount per account code: the entry's effect, whatever the order or split of its lines. */
export function netByAccount(lines: readonly EntryLine[]): Map<string, bigint> {
  const net = new Map<string, bigint>();
  for (const { account, amount } of lines) net.set(account.code, (net.get(account.code) ?? 0n) + amount);
  return net;
}
