import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";

/** One period picker (a day or a month): a plain GET form, so it works without JavaScript. */
function PeriodForm(props: {
  action: string;
  name: "date" | "month";
  label: string;
  hint: string;
  value: string;
  max: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={props.action} className="flex flex-wrap items-end gap-3">
      <Field
        name={props.name}
        type={props.name === "date" ? "date" : "month"}
        label={props.label}
        hint={props.hint}
        defaultValue={props.value}
        max={props.max}
        required
        pattern={props.name === "date" ? "\\d{4}-\\d{2}-\\d{2}" : "\\d{4}-\\d{2}"}
      />
      {props.children}
    </form>
  );
}

/** Pick a day and download its CSV statement. */
export async function DailyStatementForm({ today }: { today: string }) {
  const t = await getTranslations("statements.daily");
  return (
    <Card title={t("title")}>
      <PeriodForm
        action="/dashboard/statements/daily"
        name="date"
        label={t("day")}
        hint={t("dayHint")}
        value={today}
        max={today}
      >
        <Button data-testid="download-daily">{t("download")}</Button>
      </PeriodForm>
      <p className="mt-3 text-sm text-slate-600">
        {t("apiNote", { endpoint: "GET /api/v1/statements/{date}" })}
      </p>
    </Card>
  );
}

/** Pick the month whose summary the page shows, and download that summary as CSV. */
export async function MonthPicker({ month, currentMonth }: { month: string; currentMonth: string }) {
  const t = await getTranslations("statements.monthly");
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <PeriodForm
        action="/dashboard/statements"
        name="month"
        label={t("month")}
        hint={t("monthHint")}
        value={month}
        max={currentMonth}
      >
        <Button variant="secondary">{t("show")}</Button>
      </PeriodForm>
      <a
        href={`/dashboard/statements/monthly?month=${month}`}
        download
        className={buttonClass("secondary")}
        data-testid="download-monthly"
      >
        {t("download", { month })}
      </a>
    </div>
  );
}
