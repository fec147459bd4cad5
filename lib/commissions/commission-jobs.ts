import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { monthBefore } from "./commission-month";
import { payCommissionsForMonth } from "./pay-agent-commissions";

export const COMMISSION_PAYOUT_JOB = "commissions.pay-monthly";

/**
 * Pays last month's commissions. It runs every hour and pays each (agent, month) once, so the first
 * run of a month pays the month before, and a run that failed halfway is finished by the next one.
 */
export async function commissionPayoutJob(): Promise<void> {
  await payCommissionsForMonth(db, monthBefore(shanghaiDay(now())));
}
