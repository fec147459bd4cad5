import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { WarningNote } from "@/components/dashboard/warning-note";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { getMerchantKey } from "@/lib/merchant-dashboard/get-merchant-key";
import { GateRefusal } from "../../../_lib/gate-refusal";
import { openDashboard } from "../../../_lib/gate";
import { revokeKeyAction } from "../../actions";

export const metadata: Metadata = { title: "Revoke API key" };

const KEY_ID = /^key_[0-9a-z]{26}$/;

/** The confirmation step of a revocation: a page of its own, so it needs no JavaScript dialog. */
export default async function RevokeKeyPage({ params }: { params: Promise<{ keyId: string }> }) {
  const { keyId } = await params;
  const gate = await openDashboard("keys.manage", `/dashboard/keys/${encodeURIComponent(keyId)}/revoke`);
  const t = await getTranslations("dashboard.keys");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("revokeTitle")} />;
  const key = KEY_ID.test(keyId) ? await getMerchantKey(db, gate.merchant.id, keyId) : null;
  if (!key) notFound();
  const format = await getFormatter();
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageTitle>{t("revokeTitle")}</PageTitle>
      <Card>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{t("keyId")}</dt>
          <dd className="font-mono">{key.keyId}</dd>
          <dt className="text-slate-600">{t("fingerprint")}</dt>
          <dd className="font-mono break-all">{key.fingerprint}</dd>
          <dt className="text-slate-600">{t("created")}</dt>
          <dd>{format.dateTime(key.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        </dl>
      </Card>
      {key.status === "REVOKED" ? (
        <Alert tone="info">{t("alreadyRevoked")}</Alert>
      ) : (
        <>
          <WarningNote tone="red">{t("revokeWarning")}</WarningNote>
          <form action={revokeKeyAction} className="flex flex-wrap gap-3">
            <input type="hidden" name="keyId" value={key.keyId} />
            <Button variant="danger" data-testid="confirm-revoke">
              {t("confirmRevoke")}
            </Button>
            <Link href="/dashboard/keys" className={buttonClass("secondary")}>
              {t("cancel")}
            </Link>
          </form>
        </>
      )}
    </div>
  );
}
