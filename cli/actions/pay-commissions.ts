import { payCommissionsForMonth, type MonthPayoutRun } from "@/lib/commissions/pay-agent-commissions";
import { formatCny } from "@/lib/money";
import type { CliContext } from "../command";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// JSON has no bigint: amounts are written as strings of fen.
function toJson(run: MonthPayoutRun, failures: { agentId: string; error: string }[]): string {
  return JSON.stringify({
    month: run.month,
    payouts: run.payouts.map((payout) => ({
      payoutId: payout.id,
      agentId: payout.agentId,
      amount: payout.amount.toString(),
      accrualCount: payout.accrualCount,
      withdrawalId: payout.withdrawalId,
    })),
    failed: failures,
  });
}

async function summary(ctx: CliContext, run: MonthPayoutRun): Promise<string> {
  const agents = await ctx.db.agent.findMany({
    where: { id: { in: run.payouts.map((payout) => payout.agentId) } },
    select: { id: true, name: true },
  });
  const names = new Map(agents.map((agent) => [agent.id, agent.name]));
  return [
    `Commissions for ${run.month}: ${plural(run.payouts.length, "payout")} sent to the banks`,
    ...run.payouts.map(
      (payout) =>
        `  ${payout.agentId}  ${names.get(payout.agentId) ?? ""}  ${formatCny(payout.amount)}  ${payout.id}  (${plural(payout.accrualCount, "commission")})`,
    ),
  ].join("\n");
}

/**
 * Pays every agent due for the month, as the monthly job does. An agent that could not be paid is
 * reported on stderr after the others were paid, and makes the exit code 1.
 */
export async function payCommissions(
  ctx: CliContext,
  input: { month: string; json: boolean },
): Promise<number> {
  const run = await payCommissionsForMonth(ctx.db, input.month);
  const failures = run.failed.map(({ agentId, error }) => ({
    agentId,
    error: error instanceof Error ? error.message : String(error),
  }));
  ctx.out(input.json ? toJson(run, failures) : await summary(ctx, run));
  for (const failure of failures) ctx.err(`Error: agent ${failure.agentId} not paid: ${failure.error}`);
  return failures.length > 0 ? 1 : 0;
}
