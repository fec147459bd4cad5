import type { Tx } from "@/lib/db";

export type SettlementShares = {
  splitIds: string[];
  /** What the platform promised its sub-merchants on these payments, before refunds. */
  promised: bigint;
  /** What each sub-merchant is paid now: its shares less what refunds took back. */
  owed: Map<string, bigint>;
};

/** The split shares of payments about to settle, summed per sub-merchant. */
export async function settlementShares(tx: Tx, paymentIds: readonly string[]): Promise<SettlementShares> {
  const splits = await tx.paymentSplit.findMany({
    where: { paymentId: { in: [...paymentIds] }, settlementId: null },
    select: { id: true, merchantId: true, amount: true, reversedAmount: true },
    orderBy: { merchantId: "asc" },
  });
  const owed = new Map<string, bigint>();
  let promised = 0n;
  for (const split of splits) {
    promised += split.amount;
    owed.set(split.merchantId, (owed.get(split.merchantId) ?? 0n) + split.amount - split.reversedAmount);
  }
  return { splitIds: splits.map((split) => split.id), promised, owed };
}
