import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** The refund form to download, in both formats (plain links: the browser saves the file). */
export async function TemplateLinks() {
  const t = await getTranslations("refunds");
  return (
    <div className="flex flex-wrap gap-3">
      <a href="/dashboard/refunds/template?format=csv" className={buttonClass("secondary")} download>
        {t("templateCsv")}
      </a>
      <a href="/dashboard/refunds/template?format=xlsx" className={buttonClass("secondary")} download>
        {t("templateXlsx")}
      </a>
    </div>
  );
}
