import type { Tx } from "@/lib/db";

/**
 * What a platform merchant's pending balance holds for its sub-merchants: the shares of its paid,
 * not yet settled payments, less what refunds took back. That money is owed to the sub-merchants, so
 * the platform's own refunds may not spend it.
 */
export async function reservedSplitAmount(tx: Tx, platformId: string): Promise<bigint> {
  const rows = await tx.$queryRaw<{ reserved: bigint | null }[]>`
    SELECT SUM(s."amount" - s."reversedAmount")::bigint AS reserved
    FROM "payments" p JOIN "payment_splits" s ON s."paymentId" = p."id"
    WHERE p."merchantId" = ${platformId} AND p."status" = 'SUCCEEDED' AND p."settlementId" IS NULL`;
  return rows[0]?.reserved ?? 0n;
}
