import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { openDashboard } from "../../_lib/gate";

export const STATEMENTS_PATH = "/dashboard/statements";

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The gate of the statement downloads, the same as the statements page's: a signed-in member with
 * `payments.view`, for the merchant of their own membership (never one named in the request). Input
 * the statements refuse (a bad or future date) sends the browser back to the page, which says why.
 */
export async function statementDownload(
  request: Request,
  produce: (merchantId: string) => Promise<{ body: BodyInit; fileName: string; contentType: string }>,
): Promise<Response> {
  const url = new URL(request.url);
  const gate = await openDashboard("payments.view", `${STATEMENTS_PATH}${url.search}`);
  const t = await getTranslations("statements");
  if (gate.kind === "no-merchant") return plain(404, t("download.noMerchant"));
  if (gate.kind === "refused") return plain(403, t("download.refused"));
  try {
    const file = await produce(gate.merchant.id);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (!isAppError(error) || error.code !== "invalid_request") throw error;
    // Relative, so the browser stays on the origin it used (request.url may name another host).
    const back = `${STATEMENTS_PATH}?${new URLSearchParams({ invalid: error.field ?? "date" })}`;
    return new Response(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
  }
}
