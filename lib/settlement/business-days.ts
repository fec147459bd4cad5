import { addDays } from "@/lib/merchant-dashboard/shanghai-day";

/**
 * Shanghai business days: Monday to Friday. (Public holidays and their make-up working days change
 * every year; they are not modelled yet, so a holiday settles like a working day.)
 */
export function isBusinessDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The business day `count` business days before `day` (count 0: `day` itself). */
export function businessDaysBefore(day: string, count: number): string {
  let current = day;
  for (let left = count; left > 0;) {
    current = addDays(current, -1);
    if (isBusinessDay(current)) left--;
  }
  return current;
}
