-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateTable
CREATE TABLE "business_calendar_days" (
    "day" TEXT NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "business_calendar_days_pkey" PRIMARY KEY ("day")
);


ALTER TABLE "business_calendar_days" ADD CONSTRAINT "business_calendar_days_day_format"
  CHECK ("day" ~ '^\d{4}-\d{2}-\d{2}$');
