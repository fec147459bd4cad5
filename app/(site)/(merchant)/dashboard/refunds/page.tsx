import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/dashboard/pager";
import { BatchesTable } from "@/components/refunds/batches-table";
import { RefundsTable } from "@/components/refunds/refunds-table";
import { TemplateLinks } from "@/components/refunds/template-links";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { memberCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { param, type SearchParams } from "@/lib/merchant-dashboard/search-params";
import { listMerchantRefunds, listRefundBatches } from "@/lib/refunds/batch";
import { GateRefusal } from "../_lib/gate-refusal";
import { openDashboard } from "../_lib/gate";

export const metadata: Metadata = { title: "Refunds" };

export default async function RefundsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const gate = await openDashboard("payments.view", "/dashboard/refunds");
  const t = await getTranslations("refunds");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const cursor = param(await searchParams, "cursor") ?? null;
  const mayRefund = memberCan(gate.member, "refunds.create");
  const [page, batches] = await Promise.all([
    listMerchantRefunds(db, gate.merchant.id, cursor),
    mayRefund ? listRefundBatches(db, gate.merchant.id) : Promise.resolve([]),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <Card title={t("batchTitle")}>
        {mayRefund ? (
          <div className="flex flex-col gap-4">
            <p className="text-sm text-slate-700">{t("batchLead")}</p>
            <div className="flex flex-wrap gap-3">
              <Link href="/dashboard/refunds/upload" className={buttonClass("primary")}>
                {t("uploadLink")}
              </Link>
            </div>
            <TemplateLinks />
          </div>
        ) : (
          <p className="text-sm text-slate-700" data-testid="batch-refusal">
            {t("noRefundPermission")}
          </p>
        )}
      </Card>
      {mayRefund ? (
        <section aria-labelledby="batches-title" className="flex flex-col gap-3">
          <h2 id="batches-title" className="text-lg font-semibold text-slate-900">
            {t("batchesTitle")}
          </h2>
          {batches.length ? (
            <BatchesTable batches={batches} />
          ) : (
            <p className="text-slate-700">{t("noBatches")}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="refunds-title" className="flex flex-col gap-3">
        <h2 id="refunds-title" className="text-lg font-semibold text-slate-900">
          {t("refundsTitle")}
        </h2>
        {page.items.length ? (
          <RefundsTable refunds={page.items} />
        ) : (
          <p className="text-slate-700">{t("none")}</p>
        )}
        <Pager
          basePath="/dashboard/refunds"
          query={{}}
          cursor={cursor}
          nextCursor={page.nextCursor}
          labels={{ nav: t("pages"), first: t("firstPage"), next: t("nextPage") }}
        />
      </section>
    </div>
  );
}
