import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { accounts, credit, debit, type EntryLine } from "@/lib/ledger";

/** An agent's share of a fee, rounded down to the fen: the gateway keeps the rounding. */
export function commissionFor(fee: bigint, shareBps: number): bigint {
  return (fee * BigInt(shareBps)) / 10_000n;
}

/**
 * The fee lines of a payment's success entry, inside its transaction. For a merchant an agent brought,
 * the agent's commission is carved out of the fee (recorded as an accrual, paid out monthly); the rest
 * is the gateway's.
 */
export async function feeLines(
  tx: Tx,
  payment: { id: string; merchantId: string; agentId: string | null; fee: bigint; at: Date },
): Promise<EntryLine[]> {
  const gatewayOnly = [credit(accounts.platformFees(), payment.fee)];
  if (!payment.agentId || payment.fee === 0n) return gatewayOnly;
  const agent = await tx.agent.findUniqueOrThrow({
    where: { id: payment.agentId },
    select: { commissionShareBps: true },
  });
  const amount = commissionFor(payment.fee, agent.commissionShareBps);
  if (amount === 0n) return gatewayOnly;
  await tx.commissionAccrual.create({
    data: {
      id: newId("cma", payment.at.getTime()),
      agentId: payment.agentId,
      merchantId: payment.merchantId,
      paymentId: payment.id,
      fee: payment.fee,
      shareBps: agent.commissionShareBps,
      amount,
      accruedAt: payment.at,
    },
  });
  return [
    credit(accounts.platformFees(), payment.fee - amount),
    credit(accounts.agentCommissions(payment.agentId), amount),
  ];
}

/**
 * The fee lines of a reversed payment (the bank never had it): the fee is given up. A commission not
 * yet paid out is taken back from the agent; one already paid stays the agent's, at the gateway's cost.
 */
export async function reversedFeeLines(
  tx: Tx,
  payment: { id: string; fee: bigint },
  at: Date,
): Promise<EntryLine[]> {
  // Locked, so that the monthly payout cannot take this commission while it is being taken back.
  await tx.$queryRaw`SELECT 1 FROM "commission_accruals" WHERE "paymentId" = ${payment.id} FOR UPDATE`;
  const accrual = await tx.commissionAccrual.findUnique({ where: { paymentId: payment.id } });
  if (!accrual || accrual.reversedAt || accrual.payoutId)
    return [debit(accounts.platformFees(), payment.fee)];
  await tx.commissionAccrual.update({ where: { id: accrual.id }, data: { reversedAt: at } });
  return [
    debit(accounts.platformFees(), payment.fee - accrual.amount),
    debit(accounts.agentCommissions(accrual.agentId), accrual.amount),
  ];
}
