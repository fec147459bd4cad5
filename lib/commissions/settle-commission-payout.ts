import type { Tx } from "@/lib/db";

/**
 * The bank's last word on an agent's commission payout, in the withdrawal's transaction: paid, or
 * failed (the withdrawal's reversing entry puts the money back in the agent's commissions account, and
 * the accruals are released so that the next month's payout takes them again, each remembering the
 * refused payout for its statement).
 */
export async function settleCommissionPayout(
  tx: Tx,
  withdrawalId: string,
  outcome: "succeeded" | "failed",
): Promise<void> {
  const payout = await tx.commissionPayout.findUnique({ where: { withdrawalId } });
  if (!payout) return;
  await tx.commissionPayout.update({
    where: { id: payout.id },
    data: { status: outcome === "succeeded" ? "PAID" : "FAILED" },
  });
  if (outcome === "failed") {
    await tx.commissionAccrual.updateMany({
      where: { payoutId: payout.id },
      data: { payoutId: null, failedPayoutId: payout.id },
    });
  }
}
