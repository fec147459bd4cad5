import { addDays, startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** The month after `month` ("2026-12" → "2027-01"). */
export function nextMonth(month: string): string {
  const [year = 0, index = 1] = month.split("-").map(Number);
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, "0")}`;
}

/** The Shanghai month before the one `day` is in. */
export function monthBefore(day: string): string {
  return addDays(`${day.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** A Shanghai calendar month as instants: [start, end). */
export function monthBounds(month: string): { start: Date; end: Date } {
  return { start: startOfShanghaiDay(`${month}-01`), end: startOfShanghaiDay(`${nextMonth(month)}-01`) };
}
