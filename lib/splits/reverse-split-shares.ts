import type { Tx } from "@/lib/db";
import { accounts, debit, type EntryLine } from "@/lib/ledger";

/**
 * A split payment is reversed (the bank never had it): its shares are void. Not settled yet, they are
 * still in the platform's pending balance, which gives back the whole net; settled, each sub-merchant
 * gives back what it was paid. Returns the sub-merchants' debit lines and their total.
 */
export async function reverseSplitShares(
  tx: Tx,
  payment: { id: string; settlementId: string | null },
): Promise<{ lines: EntryLine[]; total: bigint }> {
  const splits = await tx.paymentSplit.findMany({
    where: { paymentId: payment.id },
    orderBy: { merchantId: "asc" },
  });
  const lines: EntryLine[] = [];
  let total = 0n;
  for (const split of splits) {
    const left = split.amount - split.reversedAmount;
    if (left === 0n) continue;
    await tx.paymentSplit.update({ where: { id: split.id }, data: { reversedAmount: split.amount } });
    if (!payment.settlementId) continue;
    lines.push(debit(accounts.merchantAvailable(split.merchantId), left));
    total += left;
  }
  return { lines, total };
}
