import { getTranslations } from "next-intl/server";
import type { ReportFigures } from "@/lib/reports/get-report";
import { formatCny } from "@/lib/money";

/** The range's headline figures. */
export async function ReportTotals({ totals }: { totals: ReportFigures }) {
  const t = await getTranslations("reports.figures");
  const figures = [
    { key: "volume", label: t("volume"), value: formatCny(totals.paymentAmount) },
    { key: "payments", label: t("payments"), value: String(totals.paymentCount) },
    { key: "fees", label: t("fees"), value: formatCny(totals.fees) },
    { key: "refunds", label: t("refunds"), value: String(totals.refundCount) },
    { key: "refundAmount", label: t("refundAmount"), value: formatCny(totals.refundAmount) },
    { key: "net", label: t("net"), value: formatCny(totals.net) },
    { key: "exceptions", label: t("exceptions"), value: String(totals.exceptionsOpen) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map((figure) => (
        <div key={figure.key} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{figure.label}</dt>
          <dd
            className="text-lg font-semibold tabular-nums text-slate-900"
            data-testid={`report-${figure.key}`}
          >
            {figure.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
