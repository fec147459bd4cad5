import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CopyField } from "@/components/dashboard/copy-field";
import { PermissionRefusal } from "@/components/dashboard/permission-refusal";
import { VolumeChart } from "@/components/dashboard/volume-chart";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { getDailyVolume } from "@/lib/merchant-dashboard/get-daily-volume";
import { getMerchantBalances } from "@/lib/merchant-dashboard/get-merchant-balances";
import { formatCny } from "@/lib/money";
import { getPlatformPublicKeyPem } from "@/lib/signing/platform-key";
import { ActivationCard } from "@/components/onboarding/activation-card";
import { memberCan } from "@/lib/auth/permissions";
import { openDashboard } from "./_lib/gate";
import { startTestPaymentAction } from "./test-payment/actions";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * The merchant's overview. Who the merchant is and the platform key are for every member; the money
 * (balances and volume) needs payments.view, and a member without it sees why in its place.
 */
export default async function DashboardPage() {
  const gate = await openDashboard("payments.view", "/dashboard");
  const t = await getTranslations("dashboard");
  if (gate.kind === "no-merchant") {
    return (
      <div>
        <PageTitle>{t("title")}</PageTitle>
        <p className="text-slate-700">{t("noMerchant")}</p>
      </div>
    );
  }
  const { merchant } = gate;
  const member = gate.kind === "ok" ? gate.member : null;
  const [platformKey, money] = await Promise.all([
    getPlatformPublicKeyPem(db),
    gate.kind === "ok"
      ? Promise.all([getMerchantBalances(db, merchant.id), getDailyVolume(db, merchant.id)])
      : null,
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={merchant.siteUrl}>{merchant.name}</PageTitle>
      <div className="grid gap-4 md:grid-cols-3">
        <Card title={t("merchantId")}>
          <p className="font-mono text-base break-all" data-testid="merchant-id">
            {merchant.id}
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-1 text-sm">
            <dt className="text-slate-600">{t("status")}</dt>
            <dd data-testid="merchant-status">{t(`statuses.${merchant.status}`)}</dd>
            {member ? (
              <>
                <dt className="text-slate-600">{t("yourRole")}</dt>
                <dd>{t(`roles.${member.role}`)}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        {money ? (
          <>
            <Card title={t("availableBalance")}>
              <p className="text-3xl font-bold tabular-nums" data-testid="available-balance">
                {formatCny(money[0].available)}
              </p>
              <p className="mt-2 text-sm text-slate-700">{t("overview.availableHint")}</p>
            </Card>
            <Card title={t("pendingBalance")}>
              <p className="text-3xl font-bold tabular-nums" data-testid="pending-balance">
                {formatCny(money[0].pending)}
              </p>
              <p className="mt-2 text-sm text-slate-700">{t("overview.pendingHint")}</p>
            </Card>
          </>
        ) : null}
      </div>
      {money ? (
        <Card title={t("overview.volumeTitle")}>
          <VolumeChart days={money[1]} />
        </Card>
      ) : gate.kind === "refused" ? (
        <PermissionRefusal permission={gate.permission} merchantName={merchant.name} />
      ) : null}
      <ActivationCard
        merchant={merchant}
        canTest={member ? memberCan(member, "keys.manage") : false}
        testAction={startTestPaymentAction}
      />
      <Card title={t("overview.platformKeyTitle")}>
        <p className="mb-3 text-sm text-slate-700">{t("overview.platformKeyLead")}</p>
        <CopyField
          id="platform-public-key"
          label={t("overview.platformKeyLabel")}
          value={platformKey}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          rows={9}
          testId="platform-public-key"
        />
      </Card>
    </div>
  );
}
