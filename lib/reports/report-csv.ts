import { csvLine } from "@/lib/statements/statement-csv";
import type { Report, ReportFigures } from "./get-report";

export const REPORT_COLUMNS = [
  "payment_count",
  "payment_amount",
  "fees",
  "refund_count",
  "refund_amount",
  "net",
  "exceptions_open",
  "currency",
] as const;

/** The first columns of each grouping: what a line is about. */
const KEY_COLUMNS = {
  day: ["date"],
  bank: ["bank"],
  merchant: ["merchant_id", "merchant_name"],
} as const;

function figures(row: ReportFigures): string[] {
  return [
    String(row.paymentCount),
    row.paymentAmount.toString(),
    row.fees.toString(),
    String(row.refundCount),
    row.refundAmount.toString(),
    row.net.toString(),
    String(row.exceptionsOpen),
    "CNY",
  ];
}

/**
 * A report as CSV (RFC 4180 quoting, amounts in fen like the statements): a header, one line per row,
 * then a `total` line. Unattributed exceptions (no merchant known) sit on a line with an empty key.
 */
export function reportCsv(report: Report): string {
  const keyed = report.grouping === "merchant" ? 2 : 1;
  const totalKey = keyed === 2 ? ["total", ""] : ["total"];
  return [
    csvLine([...KEY_COLUMNS[report.grouping], ...REPORT_COLUMNS]),
    ...report.rows.map((row) =>
      csvLine([...(keyed === 2 ? [row.key ?? "", row.name ?? ""] : [row.key ?? ""]), ...figures(row)]),
    ),
    csvLine([...totalKey, ...figures(report.totals)]),
  ].join("");
}

/** The download's file name, e.g. paylane-report-bank-2026-10-24-2026-11-22.csv. */
export function reportFileName(report: Report): string {
  return `paylane-report-${report.grouping}-${report.range.firstDay}-${report.range.lastDay}.csv`;
}
