import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { accounts, debit, getLockedBalances, type EntryLine } from "@/lib/ledger";
import { planSplitReversal, reservedSplitAmount, type SplitReversalPart } from "@/lib/splits";

type Sources = { fromPending: bigint; fromAvailable: bigint };

export type SplitReversalSource = SplitReversalPart & Sources & { paidByMerchantId: string };

export type RefundSources = Sources & {
  /** What the refund takes back from each split share, and whose balances pay it. */
  splitParts: SplitReversalSource[];
  /** The ledger lines that take the whole refund out of the merchants' balances. */
  debitLines: EntryLine[];
};

/**
 * Takes `amount` out of a merchant's balances: pending first (money not yet settled), then available.
 * Pending money held for sub-merchants' unsettled split shares (`heldBack` more than is released by
 * this refund) is not the merchant's to spend. The accounts are locked while read, so a concurrent
 * refund, settlement or withdrawal of the same merchant cannot spend the same money.
 */
async function merchantSources(
  tx: Tx,
  merchantId: string,
  amount: bigint,
  who: string,
  releasedShares = 0n,
): Promise<Sources> {
  const pending = accounts.merchantPending(merchantId);
  const available = accounts.merchantAvailable(merchantId);
  const balances = await getLockedBalances(tx, [pending, available]);
  const heldBack = (await reservedSplitAmount(tx, merchantId)) - releasedShares;
  const pendingFree = (balances.get(pending.code) ?? 0n) - (heldBack > 0n ? heldBack : 0n);
  const usablePending = pendingFree > 0n ? pendingFree : 0n;
  const availableBalance = balances.get(available.code) ?? 0n;
  if (usablePending + availableBalance < amount) {
    throw new AppError(
      "merchant_balance_insufficient",
      `${who} pending and available balances together cannot cover this refund.`,
      "amount",
    );
  }
  const fromPending = usablePending < amount ? usablePending : amount;
  return { fromPending, fromAvailable: amount - fromPending };
}

function debitLines(merchantId: string, sources: Sources): EntryLine[] {
  return [
    debit(accounts.merchantPending(merchantId), sources.fromPending),
    debit(accounts.merchantAvailable(merchantId), sources.fromAvailable),
  ].filter((line) => line.amount !== 0n);
}

/**
 * Where the money for a refund of `payment` comes from. A payment without splits: the merchant's
 * balances. A split payment not yet settled: still the platform's, the shares' part out of the pending
 * money held for them. A settled split payment: each sub-merchant pays back its share's part (in
 * proportion to the refund), the platform the rest. Refuses with merchant_balance_insufficient if any
 * of them cannot cover its part.
 */
export async function refundSources(
  tx: Tx,
  payment: {
    id: string;
    merchantId: string;
    amount: bigint;
    amountRefunded: bigint;
    settlementId: string | null;
  },
  amount: bigint,
): Promise<RefundSources> {
  const plan = await planSplitReversal(tx, payment, amount);
  const shares = plan.parts.reduce((sum, part) => sum + part.amount, 0n);
  if (!plan.settled) {
    const own = await merchantSources(tx, payment.merchantId, amount, "The merchant's", shares);
    const splitParts = plan.parts.map((part) => ({
      ...part,
      paidByMerchantId: payment.merchantId,
      fromPending: 0n,
      fromAvailable: 0n,
    }));
    return { ...own, splitParts, debitLines: debitLines(payment.merchantId, own) };
  }
  // The platform's accounts are locked before any sub-merchant's (settlement locks in the same order).
  const own = await merchantSources(tx, payment.merchantId, amount - shares, "The merchant's");
  const lines = debitLines(payment.merchantId, own);
  const splitParts: SplitReversalSource[] = [];
  for (const part of plan.parts) {
    const sub = await merchantSources(
      tx,
      part.subMerchantId,
      part.amount,
      `Sub-merchant ${part.subMerchantId}'s`,
    );
    splitParts.push({ ...part, ...sub, paidByMerchantId: part.subMerchantId });
    lines.push(...debitLines(part.subMerchantId, sub));
  }
  return { ...own, splitParts, debitLines: lines };
}
