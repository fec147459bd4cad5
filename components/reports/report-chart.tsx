import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/ui/bar-chart";
import type { Report } from "@/lib/reports/get-report";
import { formatCny } from "@/lib/money";
import { rowLabeller } from "./row-label";

/** Named groups beyond this many would make bars too thin to read; the table lists every one. */
const MAX_NAMED_BARS = 15;
/** About this many day labels fit under the chart on a phone. */
const DAY_LABELS = 8;

/** The report's volume as a bar chart: a bar per day, or per bank or merchant (largest first). */
export async function ReportChart({ report }: { report: Report }) {
  const t = await getTranslations("reports.chart");
  const label = await rowLabeller(report.grouping);
  const byDay = report.grouping === "day";
  const named = report.rows.filter((row) => row.paymentCount > 0);
  const rows = byDay ? report.rows : named.slice(0, MAX_NAMED_BARS);
  if (rows.every((row) => row.paymentAmount === 0n)) return <p className="text-slate-700">{t("empty")}</p>;
  const top = rows.reduce((best, row) => (row.paymentAmount > best.paymentAmount ? row : best));
  const summary = t("summary", {
    group: report.grouping,
    groups: rows.length,
    count: report.totals.paymentCount,
    total: formatCny(report.totals.paymentAmount),
    topLabel: label.long(top),
    top: formatCny(top.paymentAmount),
  });
  return (
    <BarChart
      id="report-chart"
      testId="report-chart"
      title={t("title", { group: report.grouping })}
      summary={summary}
      scale={t("max", { amount: formatCny(top.paymentAmount) })}
      direction={byDay ? "vertical" : "horizontal"}
      labelStep={Math.ceil(rows.length / DAY_LABELS)}
      bars={rows.map((row) => ({
        key: row.key ?? "",
        value: row.paymentAmount,
        label: label.short(row),
        detail: `${label.long(row)}: ${formatCny(row.paymentAmount)} (${row.paymentCount})`,
      }))}
    >
      {named.length > rows.length && !byDay ? (
        <p className="text-sm text-slate-600">{t("topOnly", { shown: rows.length, total: named.length })}</p>
      ) : null}
    </BarChart>
  );
}
