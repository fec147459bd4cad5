import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/dashboard/form-controls";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import {
  REPORT_GROUPINGS,
  MAX_REPORT_DAYS,
  type ReportGrouping,
  type ReportRange,
} from "@/lib/reports/report-range";

const DAY_PATTERN = "\\d{4}-\\d{2}-\\d{2}";

/** Range and grouping: a plain GET form, so the report is a link and works without JavaScript. */
export async function ReportFilterForm({
  range,
  grouping,
}: {
  range: ReportRange;
  grouping: ReportGrouping;
}) {
  const t = await getTranslations("reports");
  return (
    <form method="get" action="/admin/reports" className="flex flex-wrap items-end gap-3">
      {(["from", "to"] as const).map((name) => (
        <Field
          key={name}
          name={name}
          type="date"
          label={t(`form.${name}`)}
          defaultValue={name === "from" ? range.firstDay : range.lastDay}
          pattern={DAY_PATTERN}
          required
          aria-describedby="report-range-hint"
        />
      ))}
      <SelectField
        name="group"
        label={t("form.group")}
        defaultValue={grouping}
        options={REPORT_GROUPINGS.map((value) => ({ value, label: t(`groups.${value}`) }))}
      />
      <Button>{t("form.show")}</Button>
      <p id="report-range-hint" className="w-full text-sm text-slate-600">
        {t("form.hint", { max: MAX_REPORT_DAYS })}
      </p>
    </form>
  );
}
