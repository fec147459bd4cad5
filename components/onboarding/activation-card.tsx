import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Merchant } from "@/generated/prisma/client";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db";
import { getMerchantApplication } from "@/lib/onboarding/get-merchant-application";

/**
 * On the dashboard's overview: the merchant's products and agreement, the way to apply while nothing
 * is approved, and the ¥0.01 test payment once something is.
 */
export async function ActivationCard({
  merchant,
  canTest,
  testAction,
}: {
  merchant: Merchant;
  canTest: boolean;
  testAction: () => Promise<void>;
}) {
  const t = await getTranslations("onboarding");
  const { application } =
    merchant.products.length === 0 ? await getMerchantApplication(db, merchant.id) : { application: null };
  return (
    <Card title={t("overviewCard")}>
      {merchant.products.length === 0 ? (
        <>
          <p className="mb-3 text-slate-700">
            {t("overviewPending")}
            {application ? ` ${t("status")}: ${t(`statuses.${application.status}`)}.` : ""}
          </p>
          <Link href="/dashboard/application" className={buttonClass()}>
            {t("overviewApply")}
          </Link>
        </>
      ) : (
        <div className="flex flex-col gap-3">
          <p className="text-slate-700" data-testid="enabled-products">
            {t("enabled", { products: merchant.products.map((p) => t(`productNames.${p}`)).join(" · ") })}{" "}
            {merchant.agreementSignedAt ? t("agreementSigned") : t("agreementUnsigned")}
          </p>
          {canTest ? (
            <form action={testAction}>
              <p className="mb-2 text-sm text-slate-700">{t("testPayment.lead")}</p>
              <Button variant="secondary">{t("testPayment.button")}</Button>
            </form>
          ) : null}
        </div>
      )}
    </Card>
  );
}
