import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { param, type SearchParams } from "@/lib/merchant-dashboard/search-params";

const notice = z.enum(["revoked", "already", "refused", "missing"]);

/** The outcome of a revocation, carried across its redirect in the query string. */
export async function KeysNotice({ searchParams }: { searchParams: SearchParams }) {
  const parsed = notice.safeParse(param(searchParams, "notice"));
  if (!parsed.success) return null;
  const t = await getTranslations("dashboard.keys.notices");
  // Only a key id is echoed back: the query string is anyone's to write.
  const raw = param(searchParams, "key") ?? "";
  const keyId = /^key_[0-9a-z]{26}$/.test(raw) ? raw : "";
  const tone = parsed.data === "revoked" || parsed.data === "already" ? "success" : "error";
  return (
    <div data-testid="keys-notice">
      <Alert tone={tone}>{t(parsed.data, { keyId })}</Alert>
    </div>
  );
}
