import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/dashboard/form-controls";
import { NotificationEvents } from "@/components/dashboard/notification-events";
import { Pager } from "@/components/dashboard/pager";
import { ResendNotice } from "@/components/dashboard/resend-notice";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { listMerchantNotifications } from "@/lib/merchant-dashboard/list-merchant-notifications";
import {
  NOTIFICATION_STATUS_PARAMS,
  parseNotificationFilters,
} from "@/lib/merchant-dashboard/notification-filters";
import type { SearchParams } from "@/lib/merchant-dashboard/search-params";
import { GateRefusal } from "../_lib/gate-refusal";
import { openDashboard } from "../_lib/gate";
import { resendNotificationAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const gate = await openDashboard("payments.view", "/dashboard/notifications");
  const t = await getTranslations("dashboard.notifications");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const query = await searchParams;
  const parsed = parseNotificationFilters(query);
  const page = await listMerchantNotifications(db, gate.merchant.id, parsed);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <ResendNotice searchParams={query} />
      <form
        method="get"
        action="/dashboard/notifications"
        aria-label={t("filterLabel")}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <SelectField
          name="status"
          label={t("status")}
          defaultValue={parsed.query.status ?? ""}
          options={[
            { value: "", label: t("any") },
            ...Object.entries(NOTIFICATION_STATUS_PARAMS).map(([value, status]) => ({
              value,
              label: t(`statuses.${status}`),
            })),
          ]}
        />
        <Button>{t("filter")}</Button>
        <Link href="/dashboard/notifications" className={buttonClass("secondary")}>
          {t("clear")}
        </Link>
      </form>
      {parsed.invalid.length > 0 ? <Alert tone="error">{t("invalidStatus")}</Alert> : null}
      {page.items.length > 0 ? (
        <NotificationEvents
          events={page.items}
          resendAction={resendNotificationAction}
          back="notifications"
          headingLevel="h2"
        />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">
          {t("none")}
        </p>
      )}
      <Pager
        basePath="/dashboard/notifications"
        query={parsed.query}
        cursor={parsed.cursor}
        nextCursor={page.nextCursor}
        labels={{ nav: t("pages"), first: t("firstPage"), next: t("nextPage") }}
      />
    </div>
  );
}
