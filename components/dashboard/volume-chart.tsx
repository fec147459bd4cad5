import { getFormatter, getTranslations } from "next-intl/server";
import type { VolumeDay } from "@/lib/merchant-dashboard/get-daily-volume";
import { formatCny } from "@/lib/money";
import { BarChart } from "@/components/ui/bar-chart";

/** The instant a Shanghai day starts, so the formatter (set to Asia/Shanghai) prints that same day. */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * Daily volume as a bar chart drawn on the server (inline SVG: no chart library, no JavaScript). The
 * SVG has a title and a one-line summary for screen readers, and the figures are also in a table.
 */
export async function VolumeChart({ days }: { days: VolumeDay[] }) {
  const t = await getTranslations("dashboard.overview.chart");
  const format = await getFormatter();
  const max = days.reduce((m, d) => (d.amount > m ? d.amount : m), 0n);
  const total = days.reduce((sum, d) => sum + d.amount, 0n);
  const count = days.reduce((sum, d) => sum + d.count, 0);
  const dayLabel = (day: string) => format.dateTime(dayStart(day), { month: "numeric", day: "numeric" });
  const summary = t("summary", { days: days.length, total: formatCny(total), count });
  return (
    <BarChart
      id="volume-chart"
      testId="volume-chart"
      title={t("title")}
      summary={summary}
      scale={t("max", { amount: formatCny(max) })}
      // Every other day is labelled, ending with today, so the labels never collide on a phone.
      labelStep={2}
      bars={days.map((d) => ({
        key: d.day,
        value: d.amount,
        label: dayLabel(d.day),
        detail: `${dayLabel(d.day)}: ${formatCny(d.amount)} (${d.count})`,
      }))}
    >
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-600 underline focus-visible:outline-2 focus-visible:outline-brand-600">
          {t("showTable")}
        </summary>
        <div className="relative mt-2 overflow-x-auto">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-4">
                  {t("day")}
                </th>
                <th scope="col" className="py-1 pr-4 text-right">
                  {t("payments")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {format.dateTime(dayStart(d.day), { dateStyle: "medium" })}
                  </th>
                  <td className="py-1 pr-4 text-right">{d.count}</td>
                  <td className="py-1 text-right">{formatCny(d.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </BarChart>
  );
}
