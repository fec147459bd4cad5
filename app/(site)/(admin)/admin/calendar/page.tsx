import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { TableHead } from "@/components/admin/table-head";
import { SelectField } from "@/components/dashboard/form-controls";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listCalendarDays } from "@/lib/settlement/calendar-days";
import { removeCalendarDayAction, setCalendarDayAction } from "./actions";

export const metadata: Metadata = { title: "Business calendar" };

/** Public holidays and make-up working days: the days settlement skips or runs on besides Monday-Friday. */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requireUser(["ADMIN"], "/admin/calendar");
  const t = await getTranslations("admin.calendar");
  const days = await listCalendarDays(db);
  const { notice } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <NoticeAlert namespace="admin.calendar.notices" notice={notice} good={["saved", "removed"]} />
      <Card title={t("add")}>
        <form
          action={setCalendarDayAction}
          className="grid gap-3 md:grid-cols-[11rem_19rem_1fr_auto] md:items-end"
        >
          <Field name="day" label={t("day")} type="date" required />
          <SelectField
            name="kind"
            label={t("kind")}
            options={[
              { value: "HOLIDAY", label: t("kinds.HOLIDAY") },
              { value: "WORKDAY", label: t("kinds.WORKDAY") },
            ]}
          />
          <Field name="name" label={t("name")} maxLength={64} required />
          <div>
            <Button>{t("save")}</Button>
          </div>
        </form>
      </Card>
      {days.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table className="w-full text-sm" data-testid="calendar-days">
            <caption className="sr-only">{t("title")}</caption>
            <TableHead
              columns={[
                t("day"),
                t("kind"),
                t("name"),
                <span key="a" className="sr-only">
                  {t("actions")}
                </span>,
              ]}
            />
            <tbody>
              {days.map((day) => (
                <tr
                  key={day.day}
                  className="border-b border-slate-100 last:border-0"
                  data-testid="calendar-day"
                >
                  <td className={`${TD} font-mono`}>{day.day}</td>
                  <td className={TD}>{t(`kinds.${day.kind}`)}</td>
                  <td className={TD}>{day.name}</td>
                  <td className={`${TD} text-right`}>
                    <form action={removeCalendarDayAction}>
                      <input type="hidden" name="day" value={day.day} />
                      <Button variant="secondary" aria-label={t("removeDay", { day: day.day })}>
                        {t("remove")}
                      </Button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </div>
  );
}
