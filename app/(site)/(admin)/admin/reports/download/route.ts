import { requireApiUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getReport } from "@/lib/reports/get-report";
import { REPORT_ROLES } from "@/lib/reports/report-access";
import { reportCsv, reportFileName } from "@/lib/reports/report-csv";
import { parseReportGrouping, parseReportRange } from "@/lib/reports/report-range";
import { STATEMENT_CONTENT_TYPE } from "@/lib/statements/statement-csv";

// GET /admin/reports/download?group=day|bank|merchant&from=YYYY-MM-DD&to=YYYY-MM-DD: the report as CSV.
export async function GET(request: Request): Promise<Response> {
  try {
    await requireApiUser(REPORT_ROLES);
    const params = new URL(request.url).searchParams;
    const range = parseReportRange(
      { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined },
      now(),
    );
    const report = await getReport(db, {
      range,
      grouping: parseReportGrouping(params.get("group") ?? undefined),
    });
    return new Response(reportCsv(report), {
      headers: {
        "Content-Type": STATEMENT_CONTENT_TYPE,
        "Content-Disposition": `attachment; filename="${reportFileName(report)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return new Response(error.message, {
      status: error.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
