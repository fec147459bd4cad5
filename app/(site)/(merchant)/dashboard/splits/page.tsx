import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/dashboard/pager";
import { SplitSharesTable } from "@/components/dashboard/split-shares-table";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { listMerchantSplits, splitRelations, type SplitSide } from "@/lib/splits/list-merchant-splits";
import { GateRefusal } from "../_lib/gate-refusal";
import { openDashboard } from "../_lib/gate";

export const metadata: Metadata = { title: "Split settlement" };

/**
 * Split settlement from the merchant's side: a platform sees its sub-merchants and the shares it gave
 * them; a sub-merchant sees its platform and the shares it received.
 */
export default async function SplitsPage({
  searchParams,
}: {
  searchParams: Promise<{ side?: string; cursor?: string }>;
}) {
  const t = await getTranslations("dashboard.splits");
  const gate = await openDashboard("payments.view", "/dashboard/splits");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const { platform, subMerchants } = await splitRelations(db, gate.merchant.id);
  const query = await searchParams;
  const sides: SplitSide[] = [
    ...(subMerchants.length > 0 ? ["given" as const] : []),
    ...(platform ? ["received" as const] : []),
  ];
  const side = sides.find((s) => s === query.side) ?? sides[0];
  const page = side
    ? await listMerchantSplits(db, { merchantId: gate.merchant.id, side, cursor: query.cursor })
    : null;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {!side ? <p className="text-slate-700">{t("none")}</p> : null}
      {platform ? (
        <Card title={t("platformHeading")}>
          <p data-testid="split-platform">
            {t("platformText", { name: platform.name })}{" "}
            <span className="font-mono text-xs">{platform.id}</span>
          </p>
        </Card>
      ) : null}
      {subMerchants.length > 0 ? (
        <Card title={t("subMerchantsHeading")}>
          <p className="mb-2 text-sm text-slate-700">{t("subMerchantsText")}</p>
          <ul className="flex flex-col gap-1" data-testid="sub-merchants">
            {subMerchants.map((sub) => (
              <li key={sub.id}>
                {sub.name} <span className="font-mono text-xs text-slate-700">{sub.id}</span>
                {sub.status !== "ACTIVE" ? (
                  <span className="ml-2 text-xs text-slate-600">({t("inactive")})</span>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {sides.length > 1 ? (
        <nav aria-label={t("sidesLabel")} className="flex gap-3 text-sm">
          {sides.map((s) => (
            <a
              key={s}
              href={`/dashboard/splits?side=${s}`}
              aria-current={s === side ? "page" : undefined}
              className="text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {t(`sides.${s}`)}
            </a>
          ))}
        </nav>
      ) : null}
      {side && page ? (
        <section aria-labelledby="shares-heading" className="flex flex-col gap-3">
          <h2 id="shares-heading" className="text-xl font-semibold text-slate-900">
            {t(`sides.${side}`)}
          </h2>
          {page.rows.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noShares")}</p>
          ) : (
            <SplitSharesTable rows={page.rows} side={side} label={t(`sides.${side}`)} />
          )}
          <Pager
            basePath="/dashboard/splits"
            query={{ side }}
            cursor={query.cursor ?? null}
            nextCursor={page.nextCursor}
            labels={{ nav: t("pages"), first: t("first"), next: t("next") }}
          />
        </section>
      ) : null}
    </div>
  );
}
