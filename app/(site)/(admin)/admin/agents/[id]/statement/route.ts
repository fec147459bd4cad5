import { currentUser } from "@/lib/auth/session";
import { streamCommissionStatement } from "@/lib/commissions/commission-statement";
import { isMonth } from "@/lib/commissions/commission-month";
import { db } from "@/lib/db";
import { STATEMENT_CONTENT_TYPE } from "@/lib/statements/statement-csv";

// GET /admin/agents/{id}/statement?month=YYYY-MM: the agent's commission statement for the month
// (admins), streamed as a download.
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const user = await currentUser();
  if (!user) return new Response("Sign in first", { status: 401 });
  if (user.role !== "ADMIN") return new Response("Forbidden", { status: 403 });
  const { id } = await params;
  const month = new URL(request.url).searchParams.get("month")?.trim() ?? "";
  if (!isMonth(month)) return new Response("month must be YYYY-MM", { status: 400 });
  if (!(await db.agent.findUnique({ where: { id }, select: { id: true } }))) {
    return new Response("Not found", { status: 404 });
  }
  return new Response(streamCommissionStatement(db, { agentId: id, month }), {
    headers: {
      "content-type": STATEMENT_CONTENT_TYPE,
      "content-disposition": `attachment; filename="paylane-commissions-${id}-${month}.csv"`,
      "cache-control": "no-store",
    },
  });
}
