import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageLinks } from "@/components/admin/page-links";
import { TableHead } from "@/components/admin/table-head";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { agentChoices } from "@/lib/commissions/list-agents";
import { db } from "@/lib/db";
import { listMerchantsForAdmin } from "@/lib/merchants/list-merchants-for-admin";
import { markAgreementSignedAction } from "./actions";
import { TermsForm } from "./terms-form";

export const metadata: Metadata = { title: "Merchants" };

const filterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  notice: z.string().max(40).optional().catch(undefined),
});

/** Merchants, their products and agreement; admins record a signed agreement here. */
export default async function MerchantsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireUser(["ADMIN"], "/admin/merchants");
  const t = await getTranslations("admin.merchantsPage");
  const tp = await getTranslations("onboarding");
  const format = await getFormatter();
  const filter = filterSchema.parse(await searchParams);
  const [{ merchants, hasMore, page }, agents] = await Promise.all([
    listMerchantsForAdmin(db, filter),
    agentChoices(db),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <NoticeAlert
        namespace="admin.merchantsPage.notices"
        notice={filter.notice}
        good={["signed", "terms"]}
      />
      <form method="get" role="search" aria-label={t("search")} className="flex items-end gap-3">
        <Field name="q" type="search" label={t("search")} defaultValue={filter.q ?? ""} />
        <Button variant="secondary">{t("apply")}</Button>
      </form>
      <TableRegion label={t("title")}>
        <table className="w-full text-sm">
          <TableHead columns={[t("merchant"), t("status"), t("products"), t("agreement"), t("settlement")]} />
          <tbody>
            {merchants.map((merchant) => (
              <tr
                key={merchant.id}
                className="border-b border-slate-100"
                data-testid={`merchant-row-${merchant.id}`}
              >
                <td className={TD}>
                  <span className="font-medium">{merchant.name}</span>
                  <span className="block text-slate-600">{merchant.email}</span>
                  <span className="block font-mono text-xs text-slate-600">{merchant.id}</span>
                  <Link
                    href={`/admin/audit?merchant=${merchant.id}`}
                    className="text-xs text-brand-600 underline"
                  >
                    {t("history")}
                  </Link>
                </td>
                <td className={TD}>{merchant.status}</td>
                <td className={TD}>
                  {merchant.products.map((p) => tp(`productNames.${p}`)).join(" · ") || "—"}
                </td>
                <td className={TD}>
                  {merchant.agreementSignedAt ? (
                    t("signedOn", {
                      date: format.dateTime(merchant.agreementSignedAt, { dateStyle: "medium" }),
                    })
                  ) : (
                    <form action={markAgreementSignedAction}>
                      <input type="hidden" name="merchantId" value={merchant.id} />
                      <Button variant="secondary" aria-label={`${t("markSigned")}: ${merchant.name}`}>
                        {t("markSigned")}
                      </Button>
                    </form>
                  )}
                </td>
                <td className={TD}>
                  <TermsForm merchant={merchant} agents={agents} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <PageLinks
        basePath="/admin/merchants"
        query={{ q: filter.q }}
        page={page}
        hasMore={hasMore}
        labels={{ nav: t("paging"), previous: t("previous"), next: t("next") }}
      />
    </div>
  );
}
