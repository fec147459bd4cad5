import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuditTrail } from "@/components/admin/audit-trail";
import { PageLinks } from "@/components/admin/page-links";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log" };

const filterSchema = z.object({
  action: z.string().trim().max(64).optional().catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  target: z.string().trim().max(64).optional().catch(undefined),
  merchant: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** Admins browse what staff and merchants did: who, when, what, before and after. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireUser(["ADMIN"], "/admin/audit");
  const t = await getTranslations("admin.audit");
  const filter = filterSchema.parse(await searchParams);
  const { entries, hasMore, page } = await listAuditLogs(db, {
    action: filter.action || undefined,
    actor: filter.actor || undefined,
    targetId: filter.target || undefined,
    merchantId: filter.merchant || undefined,
    page: filter.page,
  });
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <form
        method="get"
        role="search"
        aria-label={t("filters")}
        className="grid items-end gap-3 md:grid-cols-5"
      >
        <Field
          name="action"
          label={t("action")}
          placeholder={t("actionHint")}
          defaultValue={filter.action ?? ""}
        />
        <Field name="actor" label={t("actor")} defaultValue={filter.actor ?? ""} />
        <Field name="target" label={t("targetId")} defaultValue={filter.target ?? ""} />
        <Field name="merchant" label={t("merchantId")} defaultValue={filter.merchant ?? ""} />
        <div>
          <Button variant="secondary">{t("apply")}</Button>
        </div>
      </form>
      <AuditTrail entries={entries} showTarget />
      <PageLinks
        basePath="/admin/audit"
        query={{
          action: filter.action,
          actor: filter.actor,
          target: filter.target,
          merchant: filter.merchant,
        }}
        page={page}
        hasMore={hasMore}
        labels={{ nav: t("paging"), previous: t("previous"), next: t("next") }}
      />
    </div>
  );
}
