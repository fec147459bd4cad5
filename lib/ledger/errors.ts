import { AppError } from "@/lib/errors";

/**
 * A posting that could never be right: unbalanced, a zero amount, a replay with different lines. These
 * are bugs in the calling code, not user errors, so they are not AppErrors (they surface as a 500).
 */
export class LedgerError extends Error {
  constructor(
    readonly reason: "invalid_entry" | "replay_mismatch",
    message: string,
  ) {
    super(message);
    this.name = "LedgerError";
  }
}

/**
 * A posting would take an account below zero that may not go negative. The database refused it (the
 * CHECK on ledger_accounts), so nothing was written; callers usually map it to a domain code such as
 * `merchant_balance_insufficient`. When raised inside a caller's transaction, that transaction is
 * aborted and must be rolled back.
 */
export class InsufficientFundsError extends AppError {
  constructor(readonly accountCode: string | undefined) {
    super("insufficient_funds", "The balance is not enough for this operation.");
    this.name = "InsufficientFundsError";
  }
}

export function isInsufficientFunds(error: unknown): error is InsufficientFundsError {
  return error instanceof InsufficientFundsError;
}
