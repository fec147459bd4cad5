import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { paymentRules } from "@/lib/payments";
import { addDays, shanghaiDay, startOfShanghaiDay } from "./shanghai-day";

export type VolumeDay = {
  /** The Shanghai calendar day, YYYY-MM-DD. */
  day: string;
  /** Sum of the amounts of payments paid that day, in fen. */
  amount: bigint;
  count: number;
};

export const VOLUME_DAYS = 14;

/**
 * A merchant's succeeded payments per Shanghai day, for the last `days` days up to and including today
 * (every day present, zero when nothing was paid). A payment counts on the day it was paid, at its full
 * amount: this is gross volume, refunds are not taken off.
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
    SELECT to_char("paidAt" + interval '8 hours', 'YYYY-MM-DD') AS "day",
           SUM("amount")::bigint AS "amount",
           COUNT(*)::bigint AS "count"
      FROM "payments"
     WHERE "merchantId" = ${merchantId}
       AND "status" = 'SUCCEEDED'
       AND "paidAt" >= ${from} AND "paidAt" < ${to}
       AND "createdAt" >= ${createdFrom}
     GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return Array.from({ length: days }, (_, index) => {
    const day = addDays(firstDay, index);
    const row = byDay.get(day);
    return { day, amount: row ? BigInt(row.amount) : 0n, count: row ? Number(row.count) : 0 };
  });
}
