import { AppError } from "@/lib/errors";
import {
  addDays,
  isCalendarDay,
  shanghaiDay,
  startOfShanghaiDay,
} from "@/lib/merchant-dashboard/shanghai-day";

/** How the report groups its figures. */
export const REPORT_GROUPINGS = ["day", "bank", "merchant"] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export const DEFAULT_REPORT_DAYS = 30;
/** A leap year and a day: long enough for "this year against last", short enough for one page. */
export const MAX_REPORT_DAYS = 366;

/** Shanghai days `firstDay`..`lastDay` inclusive, and the instants [from, to) they cover. */
export type ReportRange = {
  firstDay: string;
  lastDay: string;
  from: Date;
  to: Date;
  days: number;
};

function isGrouping(text: string): text is ReportGrouping {
  return REPORT_GROUPINGS.some((grouping) => grouping === text);
}

/** The grouping asked for; anything else (missing, misspelt) is the day view. */
export function parseReportGrouping(text: string | undefined): ReportGrouping {
  return text !== undefined && isGrouping(text) ? text : "day";
}

function dayCount(firstDay: string, lastDay: string): number {
  return (Date.parse(lastDay) - Date.parse(firstDay)) / 86_400_000 + 1;
}

/**
 * The range a request names, in Shanghai days. Missing ends default to the last 30 days up to today
 * (in Shanghai at `at`); a malformed day, an end before the start or more than 366 days is refused with
 * the offending field.
 */
export function parseReportRange(input: { from?: string; to?: string }, at: Date): ReportRange {
  const lastDay = input.to?.trim() || shanghaiDay(at);
  if (!isCalendarDay(lastDay)) throw new AppError("invalid_request", "to must be a day, YYYY-MM-DD.", "to");
  const firstDay = input.from?.trim() || addDays(lastDay, -(DEFAULT_REPORT_DAYS - 1));
  if (!isCalendarDay(firstDay)) {
    throw new AppError("invalid_request", "from must be a day, YYYY-MM-DD.", "from");
  }
  const days = dayCount(firstDay, lastDay);
  if (days < 1) throw new AppError("invalid_request", "from must not be after to.", "from");
  if (days > MAX_REPORT_DAYS) {
    throw new AppError("invalid_request", `A report covers at most ${MAX_REPORT_DAYS} days.`, "from");
  }
  return {
    firstDay,
    lastDay,
    from: startOfShanghaiDay(firstDay),
    to: startOfShanghaiDay(addDays(lastDay, 1)),
    days,
  };
}

/** Every Shanghai day of the range, in order. */
export function daysOfRange(range: ReportRange): string[] {
  return Array.from({ length: range.days }, (_, index) => addDays(range.firstDay, index));
}
