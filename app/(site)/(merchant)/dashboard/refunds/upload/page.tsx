import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { TemplateLinks } from "@/components/refunds/template-links";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/refunds/batch";
import { GateRefusal } from "../../_lib/gate-refusal";
import { openDashboard } from "../../_lib/gate";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Upload a refund file" };

export default async function UploadRefundFilePage() {
  const gate = await openDashboard("refunds.create", "/dashboard/refunds/upload");
  const t = await getTranslations("refunds");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("upload.title")} />;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("upload.lead")}>{t("upload.title")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <UploadForm maxBytes={MAX_FILE_BYTES} maxRows={MAX_ROWS} />
        </Card>
        <Card title={t("upload.rulesTitle")}>
          <p className="mb-4 text-sm text-slate-700">{t("upload.rules")}</p>
          <TemplateLinks />
        </Card>
      </div>
      <p>
        <Link href="/dashboard/refunds" className="text-brand-600 underline hover:text-brand-700">
          {t("upload.back")}
        </Link>
      </p>
    </div>
  );
}
