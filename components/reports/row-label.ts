import type { DateTimeFormatOptions } from "next-intl";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { bankName } from "@/lib/merchant-dashboard/bank-names";
import type { ReportRow } from "@/lib/reports/get-report";
import type { ReportGrouping } from "@/lib/reports/report-range";

export type RowLabeller = { short: (row: ReportRow) => string; long: (row: ReportRow) => string };

/**
 * How a report row is named for people: a day in the reader's format (the formatter is set to
 * Asia/Shanghai, so the day's first instant prints as that day), a bank's name, or a merchant's name.
 * `short` fits under a chart bar; `long` heads a table row.
 */
export async function rowLabeller(grouping: ReportGrouping): Promise<RowLabeller> {
  const t = await getTranslations("reports.table");
  const format = await getFormatter();
  const locale = await getLocale();
  const channels: Record<string, string> = { wallet: t("wallet"), prepaid_card: t("prepaidCard") };
  const name = (row: ReportRow): string => {
    if (row.key === null) return t("unattributed");
    if (grouping === "bank") return channels[row.key] ?? bankName(row.key, locale) ?? row.key;
    return row.name ?? row.key;
  };
  if (grouping !== "day") return { short: name, long: name };
  const day = (row: ReportRow, options: DateTimeFormatOptions) =>
    row.key === null ? "" : format.dateTime(startOfShanghaiDay(row.key), options);
  return {
    short: (row) => day(row, { month: "numeric", day: "numeric" }),
    long: (row) => day(row, { dateStyle: "medium" }),
  };
}
