import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { param, type SearchParams } from "@/lib/merchant-dashboard/search-params";

const notice = z.enum(["resent", "busy", "refused", "missing"]);

/** The outcome of "Resend", carried across the redirect in the query string (works without JavaScript). */
export async function ResendNotice({ searchParams }: { searchParams: SearchParams }) {
  const parsed = notice.safeParse(param(searchParams, "notice"));
  if (!parsed.success) return null;
  const t = await getTranslations("dashboard.notifications.notices");
  // Only an event id is echoed back: the query string is anyone's to write.
  const raw = param(searchParams, "event") ?? "";
  const event = /^evt_[0-9a-z]{26}$/.test(raw) ? raw : "";
  const tone = parsed.data === "resent" ? "success" : parsed.data === "busy" ? "info" : "error";
  return (
    <div data-testid="resend-notice">
      <Alert tone={tone}>{t(parsed.data, { event })}</Alert>
    </div>
  );
}
