import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PaymentFilterForm } from "@/components/dashboard/payment-filter-form";
import { PaymentsTable } from "@/components/dashboard/payments-table";
import { Pager } from "@/components/dashboard/pager";
import { Alert } from "@/components/ui/alert";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { listMerchantPayments } from "@/lib/merchant-dashboard/list-merchant-payments";
import { parsePaymentFilters } from "@/lib/merchant-dashboard/payment-filters";
import type { SearchParams } from "@/lib/merchant-dashboard/search-params";
import { GateRefusal } from "../_lib/gate-refusal";
import { openDashboard } from "../_lib/gate";

export const metadata: Metadata = { title: "Payments" };

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const gate = await openDashboard("payments.view", "/dashboard/payments");
  const t = await getTranslations("dashboard.payments");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const parsed = parsePaymentFilters(await searchParams);
  const page = await listMerchantPayments(db, gate.merchant.id, parsed.filter, parsed.cursor);
  const filtered = Object.keys(parsed.query).length > 0;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <PaymentFilterForm parsed={parsed} />
      {parsed.invalid.length > 0 ? <Alert tone="error">{t("invalidNote")}</Alert> : null}
      {page.items.length > 0 ? (
        <PaymentsTable payments={page.items} />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">
          {filtered ? t("noMatches") : t("none")}
        </p>
      )}
      <Pager
        basePath="/dashboard/payments"
        query={parsed.query}
        cursor={parsed.cursor}
        nextCursor={page.nextCursor}
        labels={{ nav: t("pages"), first: t("firstPage"), next: t("nextPage") }}
      />
    </div>
  );
}
