/** Sends one withdrawal to its bank (enqueued with the withdrawal, so it runs after commit). */
export const PROCESS_WITHDRAWAL_JOB = "withdrawal.process";
/** Recurring: asks the banks about withdrawals still processing. */
export const PROCESS_DUE_WITHDRAWALS_JOB = "withdrawals.process_due";
/** The ledger event that puts a refused withdrawal's money back with its owner (its id is the withdrawal's). */
export const WITHDRAWAL_FAILED_EVENT = "withdrawal.failed";

/** When to ask the bank again about a processing withdrawal: 15 s, growing to 10 minutes. */
export function nextQueryDelayMs(queryCount: number): number {
  return Math.min(15_000 * 2 ** queryCount, 10 * 60_000);
}
