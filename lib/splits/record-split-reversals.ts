import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import type { SplitReversalPart } from "./plan-split-reversal";

export type RecordedSplitReversal = SplitReversalPart & {
  paidByMerchantId: string;
  fromPending: bigint;
  fromAvailable: bigint;
};

/** Books a refund's take-back from each split share, in the refund's transaction. */
export async function recordSplitReversals(
  tx: Tx,
  refundId: string,
  parts: readonly RecordedSplitReversal[],
): Promise<void> {
  for (const part of parts) {
    await tx.refundSplitReversal.create({
      data: {
        id: newId("rsr"),
        refundId,
        splitId: part.splitId,
        merchantId: part.paidByMerchantId,
        amount: part.amount,
        fromPending: part.fromPending,
        fromAvailable: part.fromAvailable,
      },
    });
    await tx.paymentSplit.update({
      where: { id: part.splitId },
      data: { reversedAmount: { increment: part.amount } },
    });
  }
}

/**
 * A failed refund gives the shares back what it took. Returns whose balances paid which part (the
 * sub-merchants' parts; the platform's are on the refund itself) so that the caller credits them back.
 */
export async function restoreSplitReversals(
  tx: Tx,
  refund: { id: string; merchantId: string },
): Promise<{ merchantId: string; fromPending: bigint; fromAvailable: bigint }[]> {
  const reversals = await tx.refundSplitReversal.findMany({ where: { refundId: refund.id } });
  for (const reversal of reversals) {
    await tx.paymentSplit.update({
      where: { id: reversal.splitId },
      data: { reversedAmount: { decrement: reversal.amount } },
    });
  }
  return reversals.filter((reversal) => reversal.merchantId !== refund.merchantId);
}
