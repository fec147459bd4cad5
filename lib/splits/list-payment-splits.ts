import type { Db } from "@/lib/db";
import { toJsonInteger } from "@/lib/payments/serialize-payment";

/** One share of a split payment as the merchant API shows it. */
export type SplitObject = {
  merchantId: string;
  merchantName: string;
  amount: number;
  amountReversed: number;
  status: "held" | "settled";
  settledAt: string | null;
};

/**
 * The shares of one payment, in the order of the sub-merchants' ids: `held` in the platform's pending
 * balance until the payment settles, then `settled` to the sub-merchant's available balance.
 */
export async function listPaymentSplits(db: Db, paymentId: string): Promise<SplitObject[]> {
  const splits = await db.paymentSplit.findMany({
    where: { paymentId },
    orderBy: { merchantId: "asc" },
    include: { merchant: { select: { name: true } }, settlement: { select: { createdAt: true } } },
  });
  return splits.map((split) => ({
    merchantId: split.merchantId,
    merchantName: split.merchant.name,
    amount: toJsonInteger(split.amount),
    amountReversed: toJsonInteger(split.reversedAmount),
    status: split.settlement ? "settled" : "held",
    settledAt: split.settlement?.createdAt.toISOString() ?? null,
  }));
}
