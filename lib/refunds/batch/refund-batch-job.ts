/** Turns a confirmed batch's valid rows into refunds, a slice at a time (see processRefundBatch). */
export const REFUND_BATCH_JOB = "refunds.batch";

export function refundBatchJobKey(batchId: string, afterRow: number): string {
  return `refund-batch:${batchId}:${afterRow}`;
}
