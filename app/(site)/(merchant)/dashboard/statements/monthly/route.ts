import { db } from "@/lib/db";
import { getMonthlySummary } from "@/lib/statements/get-monthly-summary";
import { monthlySummaryCsv } from "@/lib/statements/monthly-summary-csv";
import { STATEMENT_CONTENT_TYPE } from "@/lib/statements/statement-csv";
import { statementDownload } from "../_lib/download";

// GET /dashboard/statements/monthly?month=YYYY-MM: the month's day-by-day summary as a CSV download.
export function GET(request: Request): Promise<Response> {
  const month = new URL(request.url).searchParams.get("month")?.trim() ?? "";
  return statementDownload(request, async (merchantId) => ({
    body: monthlySummaryCsv(await getMonthlySummary(db, { merchantId, month })),
    fileName: `paylane-summary-${month}.csv`,
    contentType: STATEMENT_CONTENT_TYPE,
  }));
}
