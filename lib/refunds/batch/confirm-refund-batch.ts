import type { RefundBatch } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { REFUND_BATCH_JOB, refundBatchJobKey } from "./refund-batch-job";

/**
 * The user's go-ahead for a previewed batch: its valid rows become refunds in the background (a durable
 * job, so a crash resumes where it stopped), each recorded as asked for by the confirming user. Confirming twice, or a batch already under way, changes
 * nothing; a cancelled batch cannot be confirmed. Another merchant's batch is not found.
 */
export async function confirmRefundBatch(
  db: Db,
  input: { merchantId: string; batchId: string; confirmedByUserId: string },
): Promise<RefundBatch> {
  return db.$transaction(async (tx) => {
    const [batch] = await tx.$queryRaw<{ status: RefundBatch["status"] }[]>`
      SELECT "status" FROM "refund_batches" WHERE "id" = ${input.batchId} AND "merchantId" = ${input.merchantId}
      FOR UPDATE`;
    if (!batch) throw new AppError("not_found", "No such refund batch.");
    if (batch.status === "CANCELLED") throw new AppError("conflict", "This batch was cancelled.");
    if (batch.status === "PREVIEW") {
      await tx.refundBatch.update({
        where: { id: input.batchId },
        data: { status: "PROCESSING", confirmedAt: now() },
      });
      await enqueueJob(tx, {
        type: REFUND_BATCH_JOB,
        payload: { batchId: input.batchId, userId: input.confirmedByUserId },
        dedupeKey: refundBatchJobKey(input.batchId, 0),
      });
    }
    return tx.refundBatch.findUniqueOrThrow({ where: { id: input.batchId } });
  });
}
