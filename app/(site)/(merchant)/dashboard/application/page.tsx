import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicationForm, type ApplicationDefaults } from "@/components/onboarding/application-form";
import { ApplicationStatus } from "@/components/onboarding/application-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import type { Merchant, MerchantApplication } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { getMerchantApplication } from "@/lib/onboarding/get-merchant-application";
import { PRODUCTS } from "@/lib/onboarding/products";
import { openDashboard } from "../_lib/gate";
import { GateRefusal } from "../_lib/gate-refusal";
import { cancelApplicationAction, submitApplicationAction } from "./actions";

export const metadata: Metadata = { title: "Application" };

const NOTICES = ["submitted", "cancelled", "cancelTooLate", "cancelRefused"] as const;

/** The form starts from the latest application, or from what the merchant gave at sign-up. */
function defaultsFor(merchant: Merchant, application: MerchantApplication | null, ownerEmail: string) {
  const remaining = PRODUCTS.filter((p) => !merchant.products.includes(p));
  if (application && application.status !== "APPROVED") {
    return { ...application, products: application.products.filter((p) => remaining.includes(p)) };
  }
  return {
    products: remaining,
    siteName: merchant.name,
    siteUrl: merchant.siteUrl,
    businessDescription: "",
    contactName: merchant.contactName ?? "",
    contactPhone: merchant.phone ?? "",
    contactEmail: ownerEmail,
  } satisfies ApplicationDefaults;
}

export default async function ApplicationPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const t = await getTranslations("onboarding");
  const gate = await openDashboard("payments.view", "/dashboard/application");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const { merchant, member, user } = gate;
  const { application, history } = await getMerchantApplication(db, merchant.id);
  const { notice } = await searchParams;
  const isOwner = member.role === "OWNER";
  const remaining = PRODUCTS.filter((p) => !merchant.products.includes(p));
  const open = application && (application.status === "SUBMITTED" || application.status === "IN_REVIEW");
  const canApply = isOwner && !open && remaining.length > 0;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {notice && (NOTICES as readonly string[]).includes(notice) ? (
        <Alert tone={notice === "submitted" || notice === "cancelled" ? "success" : "error"}>
          {t(`notices.${notice}`)}
        </Alert>
      ) : null}
      {merchant.products.length > 0 ? (
        <Alert tone="success">
          {t("enabled", { products: merchant.products.map((p) => t(`productNames.${p}`)).join(" · ") })}{" "}
          {merchant.agreementSignedAt ? t("agreementSigned") : t("agreementUnsigned")}
        </Alert>
      ) : null}
      {application ? <ApplicationStatus application={application} history={history} /> : null}
      {open && application.status === "SUBMITTED" && isOwner ? (
        <form action={cancelApplicationAction}>
          <input type="hidden" name="applicationId" value={application.id} />
          <p className="mb-2 text-sm text-slate-700">{t("cancelHint")}</p>
          <Button variant="secondary">{t("cancel")}</Button>
        </form>
      ) : null}
      {canApply ? (
        <Card
          title={
            application?.status === "REJECTED" || application?.status === "CHANGES_REQUESTED"
              ? t("editTitle")
              : t("formTitle")
          }
        >
          <ApplicationForm
            action={submitApplicationAction}
            defaults={defaultsFor(merchant, application, user.email)}
            products={remaining.map((p) => ({
              value: p,
              label: t(`productNames.${p}`),
              hint: t(`productHints.${p}`),
            }))}
          />
        </Card>
      ) : !isOwner && !application ? (
        <p className="text-slate-700">{t("ownerOnly")}</p>
      ) : null}
    </div>
  );
}
