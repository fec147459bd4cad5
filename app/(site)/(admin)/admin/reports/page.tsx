import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportChart } from "@/components/reports/report-chart";
import { ReportDownloads } from "@/components/reports/report-downloads";
import { ReportFilterForm } from "@/components/reports/report-filter-form";
import { ReportTable } from "@/components/reports/report-table";
import { ReportTotals } from "@/components/reports/report-totals";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { param, type SearchParams } from "@/lib/merchant-dashboard/search-params";
import { getReport } from "@/lib/reports/get-report";
import { REPORT_ROLES } from "@/lib/reports/report-access";
import { parseReportGrouping, parseReportRange, type ReportRange } from "@/lib/reports/report-range";

export const metadata: Metadata = { title: "Reports" };

/** The range asked for, or the default one when it is refused (the page then says why). */
function rangeFor(params: SearchParams, at: Date): { range: ReportRange; refused?: string } {
  try {
    return { range: parseReportRange({ from: param(params, "from"), to: param(params, "to") }, at) };
  } catch (error) {
    if (!isAppError(error) || error.code !== "invalid_request") throw error;
    return { range: parseReportRange({}, at), refused: error.field === "to" ? "to" : "from" };
  }
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser(REPORT_ROLES, "/admin/reports");
  const t = await getTranslations("reports");
  const params = await searchParams;
  const { range, refused } = rangeFor(params, now());
  const grouping = parseReportGrouping(param(params, "group"));
  const report = await getReport(db, { range, grouping });
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {refused ? <Alert tone="error">{t("invalid", { reason: t(`reasons.${refused}`) })}</Alert> : null}
      <ReportFilterForm range={range} grouping={grouping} />
      <section aria-labelledby="report-totals-title" className="flex flex-col gap-3">
        <h2 id="report-totals-title" className="text-lg font-semibold text-slate-900">
          {t("figures.title")}{" "}
          <span className="text-sm font-normal text-slate-600">
            {t("period", { from: range.firstDay, to: range.lastDay, days: range.days })}
          </span>
        </h2>
        <ReportTotals totals={report.totals} />
      </section>
      <Card title={t("chart.title", { group: grouping })}>
        <ReportChart report={report} />
      </Card>
      <Card title={t("table.title", { group: grouping })}>
        <div className="flex flex-col gap-3">
          <ReportTable report={report} />
          <p className="text-sm text-slate-600">{t("table.netNote")}</p>
        </div>
      </Card>
      <Card title={t("download.title")}>
        <ReportDownloads range={range} />
      </Card>
    </div>
  );
}
