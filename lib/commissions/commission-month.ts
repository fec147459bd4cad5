import { AppError } from "@/lib/errors";
import { addDays, shanghaiDay, startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";

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

/** The Shanghai month `at` falls in. */
export function monthOf(at: Date): string {
  return shanghaiDay(at).slice(0, 7);
}

/** A Shanghai calendar month as instants: [start, end). */
export function monthBounds(month: string): { start: Date; end: Date } {
  return { start: startOfShanghaiDay(`${month}-01`), end: startOfShanghaiDay(`${nextMonth(month)}-01`) };
}

/**
 * A month commissions can be paid for: one that has begun. Paying a month early (the current one) is
 * allowed; paying a future month would take its (agent, month) slot before its commissions exist.
 */
export function payableMonth(text: string, at: Date): string {
  const month = text.trim();
  if (!isMonth(month)) throw new AppError("invalid_request", "Give the month as YYYY-MM.", "month");
  if (month > monthOf(at)) {
    throw new AppError("invalid_request", "That month has not begun.", "month");
  }
  return month;
}
