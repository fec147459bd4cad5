import { getTranslations } from "next-intl/server";
import type { Report, ReportFigures } from "@/lib/reports/get-report";
import { formatCny } from "@/lib/money";
import { rowLabeller } from "./row-label";

function Figures({ row }: { row: ReportFigures }) {
  const cell = "px-3 py-2 text-right";
  return (
    <>
      <td className={cell}>{row.paymentCount}</td>
      <td className={cell}>{formatCny(row.paymentAmount)}</td>
      <td className={cell}>{formatCny(row.fees)}</td>
      <td className={cell}>{row.refundCount}</td>
      <td className={cell}>{formatCny(row.refundAmount)}</td>
      <td className={cell}>{formatCny(row.net)}</td>
      <td className={cell}>{row.exceptionsOpen}</td>
    </>
  );
}

/** Every row of the report with a total line: the chart's figures, and more, as a table. */
export async function ReportTable({ report }: { report: Report }) {
  const t = await getTranslations("reports");
  const label = await rowLabeller(report.grouping);
  const columns = [
    t("table.paymentCount"),
    t("table.volume"),
    t("table.fees"),
    t("table.refundCount"),
    t("table.refundAmount"),
    t("table.net"),
    t("table.exceptions"),
  ];
  return (
    // Focusable so keyboard users can scroll the wide table on a phone.
    <div
      className="overflow-x-auto"
      role="region"
      aria-labelledby="report-table-caption"
      tabIndex={0}
      data-testid="report-table"
    >
      <table className="w-full text-left text-sm tabular-nums">
        <caption id="report-table-caption" className="sr-only">
          {t("table.title", { group: report.grouping })}
        </caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="px-3 py-2">
              {t(`groups.${report.grouping}`)}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 text-right">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr
              key={row.key ?? ""}
              className="border-b border-slate-100"
              data-testid={`report-row-${row.key ?? ""}`}
            >
              <th scope="row" className="px-3 py-2 font-normal">
                {label.long(row)}
                {report.grouping === "merchant" && row.key ? (
                  <span className="block text-xs text-slate-600">{row.key}</span>
                ) : null}
              </th>
              <Figures row={row} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold" data-testid="report-total">
            <th scope="row" className="px-3 py-2">
              {t("table.total")}
            </th>
            <Figures row={report.totals} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
