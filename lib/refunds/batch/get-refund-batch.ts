import type { RefundBatch, RefundStatus } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { BatchVerdict } from "./batch-verdicts";

export type RefundBatchProgress = {
  batch: RefundBatch;
  /** Rows per verdict (as of now: a refusal at submission changes a row's verdict). */
  verdicts: Partial<Record<BatchVerdict, number>>;
  /** Valid rows not yet turned into a refund (or a refusal). */
  toSubmit: number;
  /** Of the confirmed rows, how many are done: submitted as a refund or refused on the way. */
  submitted: number;
  /** The refunds this batch asked for, by status, as the banks answer. */
  refunds: Record<RefundStatus, number>;
  /** 0–100: submission first, then the banks' answers. */
  percent: number;
};

/**
 * Half the bar is submission (each valid row gets its refund or a refusal), the other half the banks'
 * answers (a refund still processing is not finished; a refusal at submission is).
 */
function percentDone(batch: RefundBatch, submitted: number, refunds: Record<RefundStatus, number>): number {
  if (batch.status === "PREVIEW" || batch.status === "CANCELLED") return 0;
  if (batch.validCount === 0) return 100;
  const finished = submitted - refunds.PROCESSING;
  return Math.floor((100 * (submitted + finished)) / (2 * batch.validCount));
}

/** A batch of this merchant (null for another merchant's or none) with its progress counts. */
export async function getRefundBatch(
  db: Db,
  input: { merchantId: string; batchId: string },
): Promise<RefundBatchProgress | null> {
  const batch = await db.refundBatch.findFirst({
    where: { id: input.batchId, merchantId: input.merchantId },
  });
  if (!batch) return null;
  const [verdictRows, toSubmit, statusRows] = await Promise.all([
    db.refundBatchRow.groupBy({ by: ["verdict"], where: { batchId: batch.id }, _count: { _all: true } }),
    db.refundBatchRow.count({ where: { batchId: batch.id, verdict: "ok", refundRecordId: null } }),
    db.$queryRaw<{ status: RefundStatus; count: bigint }[]>`
      SELECT f."status", count(*) AS "count"
        FROM "refund_batch_rows" r JOIN "refunds" f ON f."id" = r."refundRecordId"
       WHERE r."batchId" = ${batch.id} AND r."verdict" = 'ok'
       GROUP BY f."status"`,
  ]);
  const verdicts: Partial<Record<BatchVerdict, number>> = {};
  for (const row of verdictRows) verdicts[row.verdict as BatchVerdict] = row._count._all;
  const refunds: Record<RefundStatus, number> = { PROCESSING: 0, SUCCEEDED: 0, FAILED: 0 };
  for (const row of statusRows) refunds[row.status] = Number(row.count);
  const submitted = Math.max(batch.validCount - toSubmit, 0);
  return { batch, verdicts, toSubmit, submitted, refunds, percent: percentDone(batch, submitted, refunds) };
}
