import { db } from "@/lib/db";
import { streamDailyStatement } from "@/lib/statements/stream-daily-statement";
import { STATEMENT_CONTENT_TYPE } from "@/lib/statements/statement-csv";
import { statementDownload } from "../_lib/download";

// GET /dashboard/statements/daily?date=YYYY-MM-DD: the day's CSV statement, streamed as a download.
export function GET(request: Request): Promise<Response> {
  const date = new URL(request.url).searchParams.get("date")?.trim() ?? "";
  return statementDownload(request, async (merchantId) => ({
    body: await streamDailyStatement(db, { merchantId, date }),
    fileName: `paylane-statement-${date}.csv`,
    contentType: STATEMENT_CONTENT_TYPE,
  }));
}
