import type { CommissionPayout } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { now } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { accounts, credit, debit, postEntry } from "@/lib/ledger";
import { seal, unseal } from "@/lib/secrets/sealed-text";
import { PROCESS_WITHDRAWAL_JOB } from "@/lib/withdrawals/withdrawal-jobs";
import { monthBounds } from "./commission-month";

export const COMMISSION_PAYOUT_CREATOR = "system:commissions";

/**
 * Pays one agent its commissions for a Shanghai month: every accrual not reversed and not yet paid
 * that accrued before the month ended (earlier months' unpaid ones too). One transaction: the payout
 * row, the accruals' marks, a withdrawal to the agent's account sent through the banks' payout path,
 * and the ledger entry out of the agent's commissions account. Null when there is nothing to pay or
 * the month was paid already (the unique (agent, month) key makes reruns and concurrent workers safe).
 */
export async function payAgentCommissions(
  db: Db,
  options: { agentId: string; month: string },
): Promise<CommissionPayout | null> {
  const { end } = monthBounds(options.month);
  const agent = await db.agent.findUniqueOrThrow({ where: { id: options.agentId } });
  const at = now();
  const withdrawalId = newId("wd", at.getTime());
  // Sealed again for the withdrawal row: each row's sealed text is bound to its own id.
  const accountNumberSealed = await seal(
    db,
    await unseal(db, agent.accountNumberSealed, agent.id),
    withdrawalId,
  );
  try {
    return await db.$transaction(async (tx) => {
      // Locked, so that a reversal cannot take back a commission this payout is paying.
      const due = await tx.$queryRaw<{ id: string; amount: bigint }[]>`
        SELECT "id", "amount" FROM "commission_accruals"
        WHERE "agentId" = ${agent.id} AND "payoutId" IS NULL AND "reversedAt" IS NULL AND "accruedAt" < ${end}
        ORDER BY "id" FOR UPDATE`;
      const amount = due.reduce((sum, accrual) => sum + accrual.amount, 0n);
      if (amount === 0n) return null;
      await tx.withdrawal.create({
        data: {
          id: withdrawalId,
          agentId: agent.id,
          accountName: agent.accountName,
          accountLast4: agent.accountLast4,
          accountNumberSealed,
          bankCode: agent.bankCode,
          amount,
          createdById: COMMISSION_PAYOUT_CREATOR,
          nextQueryAt: at,
          createdAt: at,
        },
      });
      const payout = await tx.commissionPayout.create({
        data: {
          id: newId("cpo", at.getTime()),
          agentId: agent.id,
          month: options.month,
          amount,
          accrualCount: due.length,
          withdrawalId,
        },
      });
      await tx.commissionAccrual.updateMany({
        where: { id: { in: due.map((accrual) => accrual.id) } },
        data: { payoutId: payout.id },
      });
      await postEntry(tx, {
        eventType: "commission.paid",
        eventId: payout.id,
        description: `Commissions of ${agent.name} for ${options.month}, to ${agent.bankCode} ****${agent.accountLast4}`,
        lines: [
          debit(accounts.agentCommissions(agent.id), amount),
          credit(accounts.bankClearing(agent.bankCode), amount),
        ],
      });
      await enqueueJob(tx, {
        type: PROCESS_WITHDRAWAL_JOB,
        payload: { withdrawalId },
        dedupeKey: `${PROCESS_WITHDRAWAL_JOB}:${withdrawalId}`,
      });
      return payout;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Pays every agent with something due for `month`; returns how many were paid. */
export async function payCommissionsForMonth(db: Db, month: string): Promise<number> {
  const { end } = monthBounds(month);
  const agents = await db.commissionAccrual.findMany({
    where: { payoutId: null, reversedAt: null, accruedAt: { lt: end } },
    distinct: ["agentId"],
    select: { agentId: true },
  });
  let paid = 0;
  for (const { agentId } of agents) {
    if (await payAgentCommissions(db, { agentId, month })) paid++;
  }
  return paid;
}
