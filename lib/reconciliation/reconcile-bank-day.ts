import { bankRegistry } from "@/lib/bank-gateway/registry";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addDays, isCalendarDay } from "@/lib/merchant-dashboard/shanghai-day";
import { reconcileBankFile } from "./reconcile-bank-file";
import type { Mismatch, ReconciliationResult } from "./types";

export type ReconcileBankDayOptions = {
  bankCode: string;
  /** The business day, YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  /** Receives each mismatch, in reference order (e.g. to record an exception case). */
  onMismatch: (mismatch: Mismatch) => void | Promise<void>;
  /** Receives the verified file's SHA-256 before matching starts (a run records which file it read). */
  onFile?: (file: { sha256: string }) => void;
};

/**
 * The daily job's (and the operators' button's) verb: fetches the bank's settlement files for the day
 * and the day before (for the movements the two sides dated on different days at midnight), verifies
 * them, and reconciles the day with the gateway's records. Bank errors (unreachable, refused, forged or
 * malformed file) propagate as BankError before any mismatch is reported.
 */
export async function reconcileBankDay(
  db: Db,
  options: ReconcileBankDayOptions,
): Promise<ReconciliationResult> {
  if (!isCalendarDay(options.date)) {
    throw new AppError("invalid_request", "date must be a calendar day written YYYY-MM-DD.", "date");
  }
  const registry = bankRegistry();
  const entry = registry.list().find((bank) => bank.code === options.bankCode);
  if (!entry) throw new AppError("not_found", "No such bank.", "bankCode");
  const connector = registry.connector(entry.code);
  const file = await connector.fetchSettlementFile(options.date);
  const previousFile = await connector
    .fetchSettlementFile(addDays(options.date, -1))
    .catch(async (error: unknown) => {
      await file.close();
      throw error;
    });
  options.onFile?.({ sha256: file.sha256 });
  return reconcileBankFile(db, { file, previousFile, fees: entry.fees, onMismatch: options.onMismatch });
}
