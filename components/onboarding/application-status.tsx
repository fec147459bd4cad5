import { getFormatter, getTranslations } from "next-intl/server";
import type { MerchantApplication } from "@/generated/prisma/client";
import { Card } from "@/components/ui/card";

type HistoryItem = { id: string; action: string; createdAt: Date; note: string | null };

/** The merchant's view of its latest application: status, products, the reviewer's note, history. */
export async function ApplicationStatus({
  application,
  history,
}: {
  application: MerchantApplication;
  history: HistoryItem[];
}) {
  const t = await getTranslations("onboarding");
  const format = await getFormatter();
  return (
    <Card title={t("statusTitle")}>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("status")}</dt>
        <dd data-testid="application-status">{t(`statuses.${application.status}`)}</dd>
        <dt className="text-slate-600">{t("products")}</dt>
        <dd>{application.products.map((p) => t(`productNames.${p}`)).join(" · ")}</dd>
        {application.status === "APPROVED" ? (
          <>
            <dt className="text-slate-600">{t("approvedProducts")}</dt>
            <dd>{application.approvedProducts.map((p) => t(`productNames.${p}`)).join(" · ")}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t("siteName")}</dt>
        <dd>{application.siteName}</dd>
        <dt className="text-slate-600">{t("siteUrl")}</dt>
        <dd>{application.siteUrl}</dd>
        <dt className="text-slate-600">{t("submittedAt")}</dt>
        <dd>{format.dateTime(application.submittedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        {application.decisionNote ? (
          <>
            <dt className="text-slate-600">{t("reviewerNote")}</dt>
            <dd data-testid="application-note">{application.decisionNote}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="mt-4 mb-2 font-semibold">{t("history")}</h3>
      <ol className="flex flex-col gap-1 text-sm">
        {history.map((item) => (
          <li key={item.id}>
            <time dateTime={item.createdAt.toISOString()} className="text-slate-600">
              {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>{" "}
            {t.has(`events.${item.action}`) ? t(`events.${item.action}`) : item.action}
            {item.note ? <span className="text-slate-700"> — {item.note}</span> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
