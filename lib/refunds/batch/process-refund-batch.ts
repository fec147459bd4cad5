import type { RefundBatchRow } from "@/generated/prisma/client";
import { db, type Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue";
import type { JobHandler } from "@/lib/jobs/registry";
import { createRefund } from "../create-refund";
import { rowRefundId } from "./batch-refund-id";
import type { BatchVerdict } from "./batch-verdicts";
import { REFUND_BATCH_JOB, refundBatchJobKey } from "./refund-batch-job";

/** Rows per job run: a few seconds of work, far inside the job lease, so a slow bank never stalls it. */
const ROWS_PER_RUN = 100;

// What createRefund's refusals mean for a row: the payment or the balance changed since the preview.
const VERDICT_OF_ERROR: Partial<Record<ErrorCode, BatchVerdict>> = {
  not_found: "unknown_order",
  order_conflict: "refund_id_conflict",
  payment_not_refundable: "not_succeeded",
  refund_window_expired: "window_expired",
  amount_exceeds_refundable: "amount_exceeds_refundable",
  merchant_balance_insufficient: "merchant_balance_insufficient",
  invalid_request: "amount_invalid",
};

type Batch = { id: string; merchantId: string; fileSha256: string };

async function refundRow(db: Db, batch: Batch, row: RefundBatchRow, userId: string | null): Promise<void> {
  if (row.amount === null) throw new Error(`row ${row.id} is valid without an amount`);
  try {
    const { refund } = await createRefund(db, {
      merchantId: batch.merchantId,
      orderId: row.orderId,
      refundId: rowRefundId(batch, row),
      amount: row.amount,
      reason: row.reason,
      source: "batch",
      createdByUserId: userId,
      batchId: batch.id,
    });
    await db.refundBatchRow.update({ where: { id: row.id }, data: { refundRecordId: refund.id } });
  } catch (error) {
    const verdict = isAppError(error) ? VERDICT_OF_ERROR[error.code] : undefined;
    // Anything else (the database, a bug) fails the job, which retries: the row is still to do.
    if (!verdict) throw error;
    await db.refundBatchRow.update({
      where: { id: row.id },
      data: { verdict, message: `Refused when submitted: ${error instanceof Error ? error.message : ""}` },
    });
  }
}

/**
 * Submits the next slice of a confirmed batch's valid rows, in file order, then queues itself for the
 * slice after, until none is left and the batch is SUBMITTED. A row is done once it has its refund or a
 * refusal, so a run that crashes is simply run again: rows already done are skipped, and a refund that
 * committed before the crash is found again by its refund id (createRefund is idempotent on it).
 */
export async function processRefundBatch(
  db: Db,
  batchId: string,
  /** Who confirmed the batch: the refunds are recorded as theirs. */
  userId: string | null = null,
): Promise<{ submitted: number; done: boolean }> {
  const batch = await db.refundBatch.findUnique({ where: { id: batchId } });
  if (!batch || batch.status !== "PROCESSING") return { submitted: 0, done: true };
  const rows = await db.refundBatchRow.findMany({
    where: { batchId, verdict: "ok", refundRecordId: null },
    orderBy: { rowNumber: "asc" },
    take: ROWS_PER_RUN,
  });
  // One at a time: rows of the same payment must be checked against each other's refunds.
  for (const row of rows) await refundRow(db, batch, row, userId);
  const last = rows.at(-1);
  if (rows.length === ROWS_PER_RUN && last) {
    await db.$transaction((tx) =>
      enqueueJob(tx, {
        type: REFUND_BATCH_JOB,
        payload: { batchId, userId },
        dedupeKey: refundBatchJobKey(batchId, last.rowNumber),
      }),
    );
    return { submitted: rows.length, done: false };
  }
  await db.refundBatch.updateMany({
    where: { id: batchId, status: "PROCESSING" },
    data: { status: "SUBMITTED", submittedAt: now() },
  });
  return { submitted: rows.length, done: true };
}

export const processRefundBatchJob: JobHandler = async (payload) => {
  const { batchId, userId } = payload as { batchId?: unknown; userId?: unknown };
  if (typeof batchId === "string")
    await processRefundBatch(db, batchId, typeof userId === "string" ? userId : null);
};
