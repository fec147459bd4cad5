import { getFormatter, getTranslations } from "next-intl/server";
import type { VolumeDay } from "@/lib/merchant-dashboard/get-daily-volume";
import { formatCny } from "@/lib/money";

// Each day is a 10-unit slot of the SVG; the SVG stretches to the card's width and a fixed height, and
// the words around it are HTML, so they stay readable on a phone and on a wide screen alike.
const SLOT = 10;
const BAR = 7;
const HEIGHT = 100;

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
    <figure className="flex max-w-3xl flex-col gap-2" data-testid="volume-chart">
      <p className="text-xs text-slate-600" aria-hidden="true">
        {t("max", { amount: formatCny(max) })}
      </p>
      <svg
        viewBox={`0 0 ${days.length * SLOT} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby="volume-chart-title volume-chart-desc"
        className="h-40 w-full border-b border-slate-400"
      >
        <title id="volume-chart-title">{t("title")}</title>
        <desc id="volume-chart-desc">{summary}</desc>
        {days.map((d, index) => {
          // bigint ratio to three decimals: exact enough for pixels, never a float of the amount itself.
          const ratio = max === 0n ? 0 : Number((d.amount * 1000n) / max) / 1000;
          const height = d.amount > 0n ? Math.max(ratio * HEIGHT, 1) : 0;
          return (
            <rect
              key={d.day}
              x={index * SLOT + (SLOT - BAR) / 2}
              y={HEIGHT - height}
              width={BAR}
              height={height}
              fill="#1d4ed8"
            >
              <title>{`${dayLabel(d.day)}: ${formatCny(d.amount)} (${d.count})`}</title>
            </rect>
          );
        })}
      </svg>
      {/* Every other day is labelled, ending with today, so the labels never collide on a phone. */}
      <ol
        aria-hidden="true"
        className="grid text-center text-xs text-slate-600"
        style={{ gridTemplateColumns: `repeat(${days.length}, minmax(0, 1fr))` }}
      >
        {days.map((d, index) => (
          <li key={d.day} className="whitespace-nowrap">
            {(days.length - 1 - index) % 2 === 0 ? dayLabel(d.day) : ""}
          </li>
        ))}
      </ol>
      <figcaption className="text-sm text-slate-700">{summary}</figcaption>
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
    </figure>
  );
}
