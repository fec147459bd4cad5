import type { Tx } from "@/lib/db";
import { shareReversedAt } from "./split-rules";

export type SplitReversalPart = { splitId: string; subMerchantId: string; amount: bigint };

/**
 * What a refund of `refundAmount` takes back from each share of a split payment, given what was
 * refunded before. Empty for a payment without splits. `settled` says where the shares are: still in
 * the platform's pending balance (false), or paid out to the sub-merchants (true).
 */
export async function planSplitReversal(
  tx: Tx,
  payment: { id: string; amount: bigint; amountRefunded: bigint; settlementId: string | null },
  refundAmount: bigint,
): Promise<{ parts: SplitReversalPart[]; settled: boolean }> {
  const splits = await tx.paymentSplit.findMany({
    where: { paymentId: payment.id },
    orderBy: { merchantId: "asc" },
  });
  const refundedAfter = payment.amountRefunded + refundAmount;
  const parts = splits
    .map((split) => {
      const target = shareReversedAt(split, payment.amount, refundedAfter);
      const amount = target > split.reversedAmount ? target - split.reversedAmount : 0n;
      return { splitId: split.id, subMerchantId: split.merchantId, amount };
    })
    .filter((part) => part.amount > 0n);
  return { parts, settled: payment.settlementId !== null };
}
