import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { loadBusinessCalendar } from "./business-days";
import { settleMerchant } from "./settle-merchant";

export const SETTLEMENT_JOB = "settlement.run";

/**
 * The daily settlement: on a Shanghai business day (weekdays, with the admins' holidays and make-up
 * working days), settles every merchant with succeeded payments not
 * yet settled. It runs every few minutes (a recurring job) and does the day's work once: each
 * (merchant, day) settles at most once, so the job is idempotent and safe on several instances.
 */
export async function runSettlement(db: Db, day = shanghaiDay(now())) {
  const calendar = await loadBusinessCalendar(db, day);
  if (!calendar.isBusinessDay(day)) return { day, settled: 0 };
  const merchants = await db.payment.findMany({
    where: { status: "SUCCEEDED", settlementId: null, topUpUserId: null },
    distinct: ["merchantId"],
    select: { merchantId: true },
  });
  let settled = 0;
  for (const { merchantId } of merchants) {
    if (await settleMerchant(db, { merchantId, day, calendar })) settled++;
  }
  return { day, settled };
}
