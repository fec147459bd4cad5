import type { RefundBatch } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";

/** The merchant's latest refund files, newest first. */
export async function listRefundBatches(db: Db, merchantId: string, limit = 10): Promise<RefundBatch[]> {
  return db.refundBatch.findMany({
    where: { merchantId, status: { not: "CANCELLED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}
