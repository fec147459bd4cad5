import type { BusinessCalendarDay, CalendarDayKind } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { addDays, isCalendarDay, shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { businessCalendar } from "./business-days";

const NAME_MAX = 64;

/** Refuses a day that settlement may already have used: only today and later can change. */
function checkDay(day: string): void {
  if (!isCalendarDay(day)) throw new AppError("invalid_request", "Give the day as YYYY-MM-DD.", "day");
  if (day < shanghaiDay(now())) {
    throw new AppError("invalid_request", "Past days cannot change: they may have been settled.", "day");
  }
}

/**
 * Records a public holiday (a weekday without settlement) or a make-up working day (a weekend day that
 * settles), audited. Recording the same day again replaces it.
 */
export async function setCalendarDay(
  db: Db,
  actor: AuditActor,
  input: { day: string; kind: CalendarDayKind; name: string },
): Promise<BusinessCalendarDay> {
  checkDay(input.day);
  const name = input.name.trim();
  if (name.length === 0 || name.length > NAME_MAX) {
    throw new AppError("invalid_request", `Name the day in 1-${NAME_MAX} characters.`, "name");
  }
  const weekday = businessCalendar().isBusinessDay(input.day);
  if (input.kind === "HOLIDAY" && !weekday) {
    throw new AppError(
      "invalid_request",
      "That day is a weekend day already: no settlement runs on it.",
      "day",
    );
  }
  if (input.kind === "WORKDAY" && weekday) {
    throw new AppError("invalid_request", "That day is a weekday already: it settles anyway.", "day");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.businessCalendarDay.findUnique({ where: { day: input.day } });
    const saved = await tx.businessCalendarDay.upsert({
      where: { day: input.day },
      create: { day: input.day, kind: input.kind, name, createdById: actor.id },
      update: { kind: input.kind, name, createdById: actor.id },
    });
    await recordAudit(tx, {
      actor,
      action: "calendar.day_set",
      targetType: "calendar_day",
      targetId: input.day,
      before: before ? { kind: before.kind, name: before.name } : null,
      after: { kind: saved.kind, name: saved.name },
    });
    return saved;
  });
}

/** Takes a day out of the calendar (it is Monday-to-Friday again), audited. */
export async function removeCalendarDay(db: Db, actor: AuditActor, day: string): Promise<void> {
  checkDay(day);
  await db.$transaction(async (tx) => {
    const before = await tx.businessCalendarDay.findUnique({ where: { day } });
    if (!before) throw new AppError("not_found", `${day} is not in the calendar.`, "day");
    await tx.businessCalendarDay.delete({ where: { day } });
    await recordAudit(tx, {
      actor,
      action: "calendar.day_removed",
      targetType: "calendar_day",
      targetId: day,
      before: { kind: before.kind, name: before.name },
    });
  });
}

/** The calendar's days from a month ago on, in order. */
export async function listCalendarDays(db: Db): Promise<BusinessCalendarDay[]> {
  return db.businessCalendarDay.findMany({
    where: { day: { gte: addDays(shanghaiDay(now()), -31) } },
    orderBy: { day: "asc" },
  });
}
