import type { RefundBatchRow, RefundStatus } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { BatchVerdict } from "./batch-verdicts";

export type BatchRowView = RefundBatchRow & {
  /** The refund asked for by this row (its own id or the derived one), once it exists. */
  refund: { id: string; refundId: string; status: RefundStatus; completedAt: Date | null } | null;
};

export type BatchRowPage = { rows: BatchRowView[]; nextAfter: number | null };

/**
 * One page of a batch's rows in file order, each with its refund's status, from the row after
 * `afterRow`. The batch must already be known to be the merchant's (getRefundBatch).
 */
export async function listRefundBatchRows(
  db: Db,
  input: { batchId: string; afterRow?: number; limit?: number; verdict?: BatchVerdict | "refused" },
): Promise<BatchRowPage> {
  const limit = Math.min(Math.max(input.limit ?? 100, 1), 1000);
  const verdict =
    input.verdict === "refused"
      ? { notIn: ["ok", "already_refunded"] }
      : input.verdict
        ? input.verdict
        : undefined;
  const rows = await db.refundBatchRow.findMany({
    where: {
      batchId: input.batchId,
      rowNumber: { gt: input.afterRow ?? 0 },
      ...(verdict ? { verdict } : {}),
    },
    orderBy: { rowNumber: "asc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const ids = page.flatMap((row) => (row.refundRecordId ? [row.refundRecordId] : []));
  const refunds = ids.length
    ? await db.refund.findMany({
        where: { id: { in: ids } },
        select: { id: true, refundId: true, status: true, completedAt: true },
      })
    : [];
  const byId = new Map(refunds.map((refund) => [refund.id, refund]));
  return {
    rows: page.map((row) => ({
      ...row,
      refund: row.refundRecordId ? (byId.get(row.refundRecordId) ?? null) : null,
    })),
    nextAfter: rows.length > limit ? (page.at(-1)?.rowNumber ?? null) : null,
  };
}
