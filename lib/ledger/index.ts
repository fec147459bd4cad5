// The ledger's public surface: other modules import from "@/lib/ledger".
export { accounts, accountFromCode, ACCOUNT_KINDS, type AccountKind, type AccountSpec } from "./accounts";
export { credit, debit, transferLines, validateEntry, type EntryInput, type EntryLine } from "./entry";
export { LedgerError, InsufficientFundsError, isInsufficientFunds } from "./errors";
export { postEntry, postEntryStandalone, type PostEntryResult } from "./post-entry";
export { getBalance, getBalances, getLockedBalances } from "./get-balance";
export {
  getAccountHistory,
  type AccountHistoryItem,
  type AccountHistoryOptions,
  type AccountHistoryPage,
} from "./get-account-history";
export {
  checkLedger,
  checkLedgerInTransaction,
  LEDGER_INVARIANTS,
  INVARIANT_DESCRIPTIONS,
  type CheckLedgerOptions,
  type LedgerBreach,
  type LedgerCheckReport,
  type LedgerInvariant,
} from "./check";
