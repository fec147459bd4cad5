import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { paymentRules } from "@/lib/payments";
import { REVERSED_PAYMENTS, reversalBookedIn } from "@/lib/statements/payment-reversals";
import { addDays, shanghaiDay, startOfShanghaiDay } from "./shanghai-day";

export type VolumeDay = {
  /** The Shanghai calendar day, YYYY-MM-DD. */
  day: string;
  /** Sum of the amounts of payments paid that day, less those of payments reversed that day, in fen. */
  amount: bigint;
  /** Payments paid that day, less payments reversed that day. */
  count: number;
};

export const VOLUME_DAYS = 14;

/**
 * A merchant's succeeded payments per Shanghai day, for the last `days` days up to and including today
 * (every day present, zero when nothing was paid). A payment counts on the day it was paid, at its full
 * amount: this is gross volume, refunds are not taken off. A payment the bank never had is taken off on
 * the day its reversal was booked, as the statements do, so a day's volume never changes afterwards.
 */
export async function getDailyVolume(
  db: Db,
  merchantId: string,
  options: { days?: number; at?: Date } = {},
): Promise<VolumeDay[]> {
  const days = options.days ?? VOLUME_DAYS;
  const today = shanghaiDay(options.at ?? now());
  const firstDay = addDays(today, -(days - 1));
  const from = startOfShanghaiDay(firstDay);
  const to = startOfShanghaiDay(addDays(today, 1));
  // A payment is paid before it expires, so it was created at most MAX_EXPIRY_MS before it was paid: this
  // bound lets the (merchantId, status, createdAt) index limit the scan for merchants with long histories.
  const createdFrom = new Date(from.getTime() - paymentRules.MAX_EXPIRY_MS);
  // Timestamps are stored as UTC without a zone; "+ 8 hours" is Shanghai's fixed offset (shanghai-day.ts).
  const rows = await db.$queryRaw<{ day: string; amount: bigint; count: bigint }[]>`
    SELECT "day", SUM("amount")::bigint AS "amount", SUM("count")::bigint AS "count"
      FROM (SELECT to_char("paidAt" + interval '8 hours', 'YYYY-MM-DD') AS "day", "amount", 1 AS "count"
              FROM "payments"
             WHERE "merchantId" = ${merchantId}
               AND "status" = 'SUCCEEDED'
               AND "paidAt" >= ${from} AND "paidAt" < ${to}
               AND "createdAt" >= ${createdFrom}
            UNION ALL
            SELECT to_char(e."createdAt" + interval '8 hours', 'YYYY-MM-DD'), -p."amount", -1
              FROM ${REVERSED_PAYMENTS}
             WHERE p."merchantId" = ${merchantId} AND ${reversalBookedIn(from, to)}) AS "movements"
     GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return Array.from({ length: days }, (_, index) => {
    const day = addDays(firstDay, index);
    const row = byDay.get(day);
    return { day, amount: row ? BigInt(row.amount) : 0n, count: row ? Number(row.count) : 0 };
  });
}
