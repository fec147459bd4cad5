import type { BankFeeRule, SettlementFile } from "@/lib/banks";
import type { Db } from "@/lib/db";
import { addDays } from "@/lib/merchant-dashboard/shanghai-day";
import { readGatewayRecords } from "./read-gateway-records";
import { MIDNIGHT_WINDOW_MS, reconcileDay } from "./reconcile-day";
import type { Mismatch, ReconciliationResult } from "./types";

export type ReconcileBankFileOptions = {
  /** A verified settlement file (connector.fetchSettlementFile or readSettlementFile); closed here. */
  file: SettlementFile;
  /**
   * The same bank's verified file of the day before, closed here: what it holds of the gateway's
   * records near midnight is not missing at the bank. Left out, nothing is taken to be on it.
   */
  previousFile?: SettlementFile;
  fees: BankFeeRule;
  onMismatch: (mismatch: Mismatch) => void | Promise<void>;
  batchSize?: number;
};

/**
 * Reconciles a bank's verified settlement file with the gateway's records of that bank and day, and
 * of the minutes either side of it (reconcileDay: movements dated on different days at midnight).
 */
export async function reconcileBankFile(
  db: Db,
  options: ReconcileBankFileOptions,
): Promise<ReconciliationResult> {
  const { file, previousFile } = options;
  try {
    if (previousFile && (previousFile.bank !== file.bank || previousFile.date !== addDays(file.date, -1))) {
      throw new Error(
        `the previous file is ${previousFile.bank} ${previousFile.date}, not the day before ${file.bank} ${file.date}`,
      );
    }
    return await reconcileDay({
      bankCode: file.bank,
      date: file.date,
      lines: file.lines(),
      previousDayLines: previousFile?.lines(),
      gatewayRecords: readGatewayRecords(db, {
        bankCode: file.bank,
        date: file.date,
        batchSize: options.batchSize,
        marginMs: MIDNIGHT_WINDOW_MS,
      }),
      fees: options.fees,
      onMismatch: options.onMismatch,
    });
  } finally {
    await Promise.all([file.close(), previousFile?.close()]);
  }
}
