import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { monthBefore } from "./commission-month";
import { payCommissionsForMonth } from "./pay-agent-commissions";

export const COMMISSION_PAYOUT_JOB = "commissions.pay-monthly";

/**
 * Pays last month's commissions. It runs more often than daily and pays each (agent, month) once, so
 * the first run of a month pays the month before, and a run that failed halfway is finished by the
 * next one. An agent that could not be paid fails the job (recorded with the job) after the others
 * were paid.
 */
export async function commissionPayoutJob(): Promise<void> {
  const run = await payCommissionsForMonth(db, monthBefore(shanghaiDay(now())));
  if (run.failed.length > 0) {
    throw new AggregateError(
      run.failed.map((failure) => failure.error),
      `commission payouts for ${run.month} failed for ${run.failed.map((failure) => failure.agentId).join(", ")}`,
    );
  }
}
