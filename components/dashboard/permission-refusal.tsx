import { getLocale, getTranslations } from "next-intl/server";
import { MERCHANT_PERMISSIONS, type MerchantPermission } from "@/lib/auth/permissions";

/**
 * Shown instead of a page (or a part of one) when the member's role lacks its permission: it names the
 * permission, so the member knows what to ask the merchant's owner for.
 */
export async function PermissionRefusal({
  permission,
  merchantName,
}: {
  permission: MerchantPermission;
  merchantName: string;
}) {
  const t = await getTranslations("dashboard.refusal");
  const locale = await getLocale();
  const label = MERCHANT_PERMISSIONS[permission][locale === "zh" ? "zh" : "en"];
  return (
    <section
      aria-labelledby="refusal-title"
      data-testid="permission-refusal"
      className="rounded-lg border-l-4 border-red-700 bg-red-50 p-5 text-red-900"
    >
      <h2 id="refusal-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-2 text-sm">
        {t("text", { permission: label, code: permission, merchant: merchantName })}
      </p>
      <p className="mt-2 text-sm">{t("askOwner")}</p>
    </section>
  );
}
