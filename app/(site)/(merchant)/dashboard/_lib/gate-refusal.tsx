import { getTranslations } from "next-intl/server";
import { PermissionRefusal } from "@/components/dashboard/permission-refusal";
import { PageTitle } from "@/components/ui/page-title";
import type { DashboardGate } from "./gate";

/** What a dashboard page shows when its gate did not open: not a member, or a missing permission. */
export async function GateRefusal({
  gate,
  title,
}: {
  gate: Exclude<DashboardGate, { kind: "ok" }>;
  title: string;
}) {
  const t = await getTranslations("dashboard");
  return (
    <div>
      <PageTitle>{title}</PageTitle>
      {gate.kind === "no-merchant" ? (
        <p className="text-slate-700">{t("noMerchant")}</p>
      ) : (
        <PermissionRefusal permission={gate.permission} merchantName={gate.merchant.name} />
      )}
    </div>
  );
}
