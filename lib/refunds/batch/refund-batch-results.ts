import type { Readable } from "node:stream";
import type { RefundBatch, RefundStatus } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { formatMinor } from "@/lib/money";
import { rowRefundId } from "./batch-refund-id";
import { listRefundBatchRows, type BatchRowView } from "./list-refund-batch-rows";
import type { BatchFileFormat } from "./read-batch-file";
import { writeSheet } from "./write-sheet";

export const RESULT_COLUMNS = [
  "rowNumber",
  "orderId",
  "amount",
  "refundId",
  "reason",
  "verdict",
  "message",
  "refundStatus",
  "refundRecordId",
  "completedAt",
] as const;

export type ResultLabels = {
  columns: Record<(typeof RESULT_COLUMNS)[number], string>;
  verdict: (verdict: string) => string;
  status: (status: RefundStatus) => string;
};

function resultRow(batch: RefundBatch, row: BatchRowView, labels: ResultLabels): string[] {
  const values: Record<(typeof RESULT_COLUMNS)[number], string> = {
    rowNumber: String(row.rowNumber),
    orderId: row.orderId,
    amount: row.amount === null ? row.amountText : formatMinor(row.amount),
    refundId:
      row.refund?.refundId ?? row.refundIdText ?? (row.verdict === "ok" ? rowRefundId(batch, row) : ""),
    reason: row.reason ?? "",
    verdict: `${labels.verdict(row.verdict)} (${row.verdict})`,
    message: row.message ?? "",
    refundStatus: row.refund ? labels.status(row.refund.status) : "",
    refundRecordId: row.refund?.id ?? "",
    completedAt: row.refund?.completedAt?.toISOString() ?? "",
  };
  return RESULT_COLUMNS.map((column) => values[column]);
}

async function* resultRows(db: Db, batch: RefundBatch, labels: ResultLabels): AsyncGenerator<string[]> {
  let afterRow: number | null = 0;
  while (afterRow !== null) {
    const page = await listRefundBatchRows(db, { batchId: batch.id, afterRow, limit: 1000 });
    for (const row of page.rows) yield resultRow(batch, row, labels);
    afterRow = page.nextAfter;
  }
}

/**
 * Every row of a batch with its verdict and its refund's status as of now, as CSV or XLSX, streamed a
 * page of rows at a time. The batch must already be known to be the caller's merchant's.
 */
export function refundBatchResults(
  db: Db,
  input: { batch: RefundBatch; format: BatchFileFormat; labels: ResultLabels },
): Readable {
  const columns = RESULT_COLUMNS.map((column) => ({ header: input.labels.columns[column] }));
  return writeSheet(input.format, columns, resultRows(db, input.batch, input.labels), "Results");
}
