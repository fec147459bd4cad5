import type { Db } from "@/lib/db";
import { addDays } from "@/lib/merchant-dashboard/shanghai-day";

/** Whether a Shanghai calendar day is a business day, and counting business days back from one. */
export type BusinessCalendar = {
  isBusinessDay(day: string): boolean;
  businessDaysBefore(day: string, count: number): string;
};

function isWeekday(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * Monday to Friday, except the given overrides: `false` for a public holiday, `true` for a weekend day
 * worked in its place.
 */
export function businessCalendar(overrides: ReadonlyMap<string, boolean> = new Map()): BusinessCalendar {
  const isBusinessDay = (day: string) => overrides.get(day) ?? isWeekday(day);
  return {
    isBusinessDay,
    businessDaysBefore(day, count) {
      let current = day;
      for (let left = count; left > 0;) {
        current = addDays(current, -1);
        if (isBusinessDay(current)) left--;
      }
      return current;
    },
  };
}

/**
 * The calendar around `day` with the overrides admins recorded (lib/settlement/calendar-days.ts). It
 * covers the 90 days before `day`, more than any settlement delay reaches back across holidays.
 */
export async function loadBusinessCalendar(db: Db, day: string): Promise<BusinessCalendar> {
  const days = await db.businessCalendarDay.findMany({
    where: { day: { gte: addDays(day, -90), lte: addDays(day, 1) } },
    select: { day: true, kind: true },
  });
  return businessCalendar(new Map(days.map((d) => [d.day, d.kind === "WORKDAY"])));
}

const weekdays = businessCalendar();
/** Monday to Friday only, for callers without the database (tests of the arithmetic). */
export const isBusinessDay = weekdays.isBusinessDay;
export const businessDaysBefore = weekdays.businessDaysBefore;
