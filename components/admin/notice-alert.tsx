import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/**
 * The outcome a form's server action redirected back with (`?notice=`), in the page's words: a
 * success for the notices listed in `good`, an error otherwise, and a generic failure for unknown ones.
 */
export async function NoticeAlert({
  namespace,
  notice,
  good,
}: {
  namespace: string;
  notice: string | undefined;
  good: readonly string[];
}) {
  if (!notice) return null;
  const t = await getTranslations(namespace);
  return (
    <Alert tone={good.includes(notice) ? "success" : "error"}>
      <span data-testid="notice">{t.has(notice) ? t(notice) : t("failed")}</span>
    </Alert>
  );
}
