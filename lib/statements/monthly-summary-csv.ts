import type { MonthlySummary, SummaryFigures } from "./get-monthly-summary";
import { csvLine } from "./statement-csv";

export const SUMMARY_COLUMNS = [
  "date",
  "payment_count",
  "payment_amount",
  "refund_count",
  "refund_amount",
  "fees",
  "net",
  "currency",
] as const;

function figures(label: string, row: SummaryFigures): string {
  return csvLine([
    label,
    String(row.paymentCount),
    row.paymentAmount.toString(),
    String(row.refundCount),
    row.refundAmount.toString(),
    row.fees.toString(),
    row.net.toString(),
    "CNY",
  ]);
}

/**
 * A month's summary as CSV, amounts in fen like the daily statements: one line per day, then a
 * `total` line for the month.
 */
export function monthlySummaryCsv(summary: MonthlySummary): string {
  return [
    csvLine(SUMMARY_COLUMNS),
    ...summary.days.map((day) => figures(day.day, day)),
    figures("total", summary.totals),
  ].join("");
}
