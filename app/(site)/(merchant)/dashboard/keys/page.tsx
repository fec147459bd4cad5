import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KeysNotice } from "@/components/dashboard/keys-notice";
import { KeysTable } from "@/components/dashboard/keys-table";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { listMerchantKeys } from "@/lib/merchant-dashboard/list-merchant-keys";
import type { SearchParams } from "@/lib/merchant-dashboard/search-params";
import { GateRefusal } from "../_lib/gate-refusal";
import { openDashboard } from "../_lib/gate";
import { GenerateKeyForm } from "./generate-key-form";
import { RegisterKeyForm } from "./register-key-form";

export const metadata: Metadata = { title: "API keys" };

export default async function KeysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const gate = await openDashboard("keys.manage", "/dashboard/keys");
  const t = await getTranslations("dashboard.keys");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const keys = await listMerchantKeys(db, gate.merchant.id);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle
        lead={t.rich("lead", {
          docs: (chunks) => (
            <Link href="/docs/api" className="text-brand-600 underline">
              {chunks}
            </Link>
          ),
        })}
      >
        {t("title")}
      </PageTitle>
      <KeysNotice searchParams={await searchParams} />
      <p className="text-sm text-slate-700">
        {t("merchantIdNote")} <code className="font-mono font-semibold">{gate.merchant.id}</code>
      </p>
      {keys.length > 0 ? <KeysTable keys={keys} /> : <p className="text-slate-700">{t("none")}</p>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("registerTitle")}>
          <p className="mb-4 text-sm text-slate-700">{t("registerLead")}</p>
          <RegisterKeyForm />
        </Card>
        <Card title={t("generateTitle")}>
          <p className="mb-4 text-sm text-slate-700">{t("generateLead")}</p>
          <GenerateKeyForm />
        </Card>
      </div>
    </div>
  );
}
