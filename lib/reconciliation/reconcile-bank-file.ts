import type { BankFeeRule, SettlementFile } from "@/lib/banks";
import type { Db } from "@/lib/db";
import { readGatewayRecords } from "./read-gateway-records";
import { reconcileDay } from "./reconcile-day";
import type { Mismatch, ReconciliationResult } from "./types";

export type ReconcileBankFileOptions = {
  /** A verified settlement file (connector.fetchSettlementFile or readSettlementFile); closed here. */
  file: SettlementFile;
  fees: BankFeeRule;
  onMismatch: (mismatch: Mismatch) => void | Promise<void>;
  batchSize?: number;
};

/** Reconciles a bank's verified settlement file with the gateway's records of that bank and day. */
export async function reconcileBankFile(
  db: Db,
  options: ReconcileBankFileOptions,
): Promise<ReconciliationResult> {
  const { file } = options;
  try {
    return await reconcileDay({
      bankCode: file.bank,
      date: file.date,
      lines: file.lines(),
      gatewayRecords: readGatewayRecords(db, {
        bankCode: file.bank,
        date: file.date,
        batchSize: options.batchSize,
      }),
      fees: options.fees,
      onMismatch: options.onMismatch,
    });
  } finally {
    await file.close();
  }
}
