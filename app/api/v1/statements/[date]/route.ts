import { db } from "@/lib/db";
import { signedRoute } from "@/lib/api/signed-route";
import { getDailyStatementCsv } from "@/lib/statements/get-daily-statement-csv";
import { STATEMENT_CONTENT_TYPE } from "@/lib/statements/statement-csv";

// GET /api/v1/statements/{date}: the merchant's CSV statement of one Shanghai day, signed like JSON answers.
export const GET = signedRoute<{ date: string }>(async ({ merchant, params }) => ({
  status: 200,
  contentType: STATEMENT_CONTENT_TYPE,
  text: await getDailyStatementCsv(db, { merchantId: merchant.id, date: params.date }),
}));
