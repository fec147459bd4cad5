import type { CommissionPayout } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { accounts, credit, debit, postEntry } from "@/lib/ledger";
import { formatCny } from "@/lib/money";
import { seal, unseal } from "@/lib/secrets/sealed-text";
import { PROCESS_WITHDRAWAL_JOB } from "@/lib/withdrawals/withdrawal-jobs";
import { monthBounds, payableMonth } from "./commission-month";

export const COMMISSION_PAYOUT_CREATOR = "system:commissions";
/** The ledger event of a payout leaving the agent's commissions account (its id is the payout's). */
export const COMMISSION_PAID_EVENT = "commission.paid";

export type PayAgentCommissionsOptions = {
  agentId: string;
  /** "YYYY-MM", Asia/Shanghai: a month that has begun. */
  month: string;
  /** The admin who asked (audited); none for the monthly job. */
  actor?: AuditActor | null;
};

/**
 * Pays one agent its commissions for a Shanghai month: every accrual not reversed and not yet paid
 * that accrued before the month ended (earlier months' unpaid ones too). One transaction: the payout
 * row, the accruals' marks, a withdrawal to the agent's account sent through the banks' payout path,
 * and the ledger entry out of the agent's commissions account. Null when there is nothing to pay or
 * the month was paid already (the unique (agent, month) key makes reruns and concurrent workers safe).
 */
export async function payAgentCommissions(
  db: Db,
  options: PayAgentCommissionsOptions,
): Promise<CommissionPayout | null> {
  const at = now();
  const month = payableMonth(options.month, at);
  const { end } = monthBounds(month);
  const agent = await db.agent.findUnique({ where: { id: options.agentId } });
  if (!agent) throw new AppError("not_found", "No such agent.", "agentId");
  // A month paid already (or refused by the bank: its commissions wait for the next month) is left
  // before any sealing work; the unique key still decides a race.
  const paid = await db.commissionPayout.findUnique({
    where: { agentId_month: { agentId: agent.id, month } },
    select: { id: true },
  });
  if (paid) return null;
  const withdrawalId = newId("wd", at.getTime());
  // Sealed again for the withdrawal row: each row's sealed text is bound to its own id. Outside the
  // transaction: the data key may need a query of its own the first time.
  const accountNumberSealed = await seal(
    db,
    await unseal(db, agent.accountNumberSealed, agent.id),
    withdrawalId,
  );
  try {
    return await db.$transaction(async (tx) => {
      // Locked, so that a reversal cannot take back a commission this payout is paying (it locks the
      // accrual it reverses, then finds it paid). One that got there first is no longer selected.
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
          month,
          amount,
          accrualCount: due.length,
          withdrawalId,
          createdAt: at,
        },
      });
      await tx.commissionAccrual.updateMany({
        where: { id: { in: due.map((accrual) => accrual.id) } },
        data: { payoutId: payout.id },
      });
      // Paid out of the gateway's account at the agent's bank, as merchants' withdrawals are.
      await postEntry(tx, {
        eventType: COMMISSION_PAID_EVENT,
        eventId: payout.id,
        description: `Commissions of ${agent.name} for ${month}, to ${agent.bankCode} ****${agent.accountLast4}`,
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
      if (options.actor) {
        await recordAudit(tx, {
          actor: options.actor,
          action: "agent.commissions_paid",
          targetType: "agent",
          targetId: agent.id,
          after: { payoutId: payout.id, month, amount: amount.toString(), accruals: due.length },
          note: `${formatCny(amount)} to ${agent.bankCode} ****${agent.accountLast4}`,
        });
      }
      return payout;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export type MonthPayoutRun = {
  month: string;
  payouts: CommissionPayout[];
  /** Agents whose payout could not be made this run (the next run tries again). */
  failed: { agentId: string; error: unknown }[];
};

/**
 * Pays every agent with something due for `month` and no payout for it yet, one transaction each: an
 * agent that cannot be paid (its sealed account number unreadable, say) does not hold up the others.
 */
export async function payCommissionsForMonth(db: Db, month: string): Promise<MonthPayoutRun> {
  const payable = payableMonth(month, now());
  const { end } = monthBounds(payable);
  const agents = await db.$queryRaw<{ id: string }[]>`
    SELECT ag."id" FROM "agents" ag
    WHERE NOT EXISTS (SELECT 1 FROM "commission_payouts" p WHERE p."agentId" = ag."id" AND p."month" = ${payable})
      AND EXISTS (SELECT 1 FROM "commission_accruals" a
                  WHERE a."agentId" = ag."id" AND a."payoutId" IS NULL AND a."reversedAt" IS NULL
                    AND a."accruedAt" < ${end})
    ORDER BY ag."id"`;
  const run: MonthPayoutRun = { month: payable, payouts: [], failed: [] };
  for (const { id } of agents) {
    try {
      const payout = await payAgentCommissions(db, { agentId: id, month: payable });
      if (payout) run.payouts.push(payout);
    } catch (error) {
      run.failed.push({ agentId: id, error });
    }
  }
  return run;
}
