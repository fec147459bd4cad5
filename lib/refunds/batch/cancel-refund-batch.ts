import type { RefundBatch } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Drops a batch that was only previewed; once confirmed it can no longer be cancelled. */
export async function cancelRefundBatch(
  db: Db,
  input: { merchantId: string; batchId: string },
): Promise<RefundBatch> {
  const { count } = await db.refundBatch.updateMany({
    where: { id: input.batchId, merchantId: input.merchantId, status: "PREVIEW" },
    data: { status: "CANCELLED" },
  });
  const batch = await db.refundBatch.findFirst({
    where: { id: input.batchId, merchantId: input.merchantId },
  });
  if (!batch) throw new AppError("not_found", "No such refund batch.");
  if (!count && batch.status !== "CANCELLED") {
    throw new AppError("conflict", "This batch is already being refunded.");
  }
  return batch;
}
