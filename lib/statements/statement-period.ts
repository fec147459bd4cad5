import { AppError } from "@/lib/errors";
import {
  addDays,
  isCalendarDay,
  shanghaiDay,
  startOfShanghaiDay,
} from "@/lib/merchant-dashboard/shanghai-day";

/** A statement's period: Shanghai calendar days from `firstDay` to `lastDay`, both included. */
export type StatementPeriod = {
  firstDay: string;
  lastDay: string;
  /** The instant the first day starts (00:00 +08:00). */
  from: Date;
  /** The instant after the last day ends: the period is [from, to). */
  to: Date;
};

function period(firstDay: string, lastDay: string): StatementPeriod {
  return {
    firstDay,
    lastDay,
    from: startOfShanghaiDay(firstDay),
    to: startOfShanghaiDay(addDays(lastDay, 1)),
  };
}

/**
 * A statement date as merchants write it (`YYYY-MM-DD`, a real calendar day in Asia/Shanghai), up to
 * today: today's statement may still grow (spec), but a day that has not started has no statement and
 * asking for one is almost always a clock or time-zone bug on the caller's side, so it is refused
 * rather than answered with an empty file that looks final.
 */
export function parseStatementDate(text: string, at: Date, field = "date"): StatementPeriod {
  if (!isCalendarDay(text)) {
    throw new AppError("invalid_request", "date must be a calendar day written YYYY-MM-DD.", field);
  }
  if (text > shanghaiDay(at)) {
    throw new AppError("invalid_request", "date is after today (Asia/Shanghai).", field);
  }
  return period(text, text);
}

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The Shanghai month (`YYYY-MM`) an instant falls in. */
export function shanghaiMonth(at: Date): string {
  return shanghaiDay(at).slice(0, 7);
}

/**
 * A month (`YYYY-MM`) up to the current one: its days up to today, so a summary of this month lists
 * the days that have begun.
 */
export function parseStatementMonth(text: string, at: Date, field = "month"): StatementPeriod {
  const firstDay = `${text}-01`;
  if (!MONTH_PATTERN.test(text) || !isCalendarDay(firstDay)) {
    throw new AppError("invalid_request", "month must be written YYYY-MM.", field);
  }
  const today = shanghaiDay(at);
  if (firstDay > today) {
    throw new AppError("invalid_request", "month is after the current month (Asia/Shanghai).", field);
  }
  const lastOfMonth = addDays(addDays(firstDay, 32).slice(0, 7) + "-01", -1);
  return period(firstDay, lastOfMonth < today ? lastOfMonth : today);
}

/** Every day of a period, in order. */
export function daysOf(statementPeriod: StatementPeriod): string[] {
  const days: string[] = [];
  for (let day = statementPeriod.firstDay; day <= statementPeriod.lastDay; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}
