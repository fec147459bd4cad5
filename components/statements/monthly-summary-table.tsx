import { getTranslations } from "next-intl/server";
import { TableRegion, TD, TH } from "@/components/dashboard/table-region";
import { formatCny } from "@/lib/money";
import type { MonthlySummary, SummaryFigures } from "@/lib/statements/get-monthly-summary";

const NUMBER = `${TD} text-right tabular-nums`;

function Figures({ row }: { row: SummaryFigures }) {
  return (
    <>
      <td className={NUMBER}>{row.paymentCount}</td>
      <td className={NUMBER}>{formatCny(row.paymentAmount)}</td>
      <td className={NUMBER}>{row.refundCount}</td>
      <td className={NUMBER}>{formatCny(-row.refundAmount)}</td>
      <td className={NUMBER}>{formatCny(-row.fees)}</td>
      <td className={`${NUMBER} font-semibold`}>{formatCny(row.net)}</td>
    </>
  );
}

/** A month day by day, with its totals; every day links to its CSV statement. */
export async function MonthlySummaryTable({ summary }: { summary: MonthlySummary }) {
  const t = await getTranslations("statements.monthly");
  const columns = ["paymentCount", "paymentAmount", "refundCount", "refundAmount", "fees", "net"] as const;
  return (
    <TableRegion label={t("tableLabel", { month: summary.month })}>
      <table className="w-full min-w-[44rem] text-sm" data-testid="monthly-summary">
        <caption className="sr-only">{t("tableLabel", { month: summary.month })}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              {t("day")}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className={`${TH} text-right`}>
                {t(`columns.${column}`)}
              </th>
            ))}
            <th scope="col" className={TH}>
              {t("statement")}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.days.map((day) => (
            <tr key={day.day} className="border-b border-slate-100" data-testid={`summary-${day.day}`}>
              <th scope="row" className={`${TD} text-left font-mono font-normal whitespace-nowrap`}>
                {day.day}
              </th>
              <Figures row={day} />
              <td className={TD}>
                <a
                  href={`/dashboard/statements/daily?date=${day.day}`}
                  download
                  className="text-brand-600 underline hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  CSV<span className="sr-only"> {t("statementOf", { day: day.day })}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50">
          <tr data-testid="summary-total">
            <th scope="row" className={`${TD} text-left`}>
              {t("total")}
            </th>
            <Figures row={summary.totals} />
            <td className={TD} />
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
