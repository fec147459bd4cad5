import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { getTestPayment } from "@/lib/merchants/get-test-payment";
import { formatCny } from "@/lib/money";
import { openDashboard } from "../_lib/gate";
import { GateRefusal } from "../_lib/gate-refusal";

export const metadata: Metadata = { title: "Test payment" };

/** Where the checkout returns after a test payment: did it go through? */
export default async function TestPaymentPage({
  searchParams,
}: {
  searchParams: Promise<{ orderId?: string; problem?: string }>;
}) {
  const t = await getTranslations("onboarding.testPayment");
  const gate = await openDashboard("keys.manage", "/dashboard/test-payment");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const { orderId, problem } = await searchParams;
  const payment = orderId
    ? await getTestPayment(db, { merchantId: gate.merchant.id, orderId: orderId.slice(0, 64) })
    : null;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle>{t("title")}</PageTitle>
      {problem ? (
        <Alert tone="error">
          {t.has(`problems.${problem}`) ? t(`problems.${problem}`) : t("problems.failed")}
        </Alert>
      ) : payment ? (
        <Alert tone={payment.status === "SUCCEEDED" ? "success" : "error"}>
          <span data-testid="test-payment-result">
            {payment.status === "SUCCEEDED"
              ? t("succeeded", { amount: formatCny(payment.amount), id: payment.id })
              : t("notPaid", { status: payment.status })}
          </span>
        </Alert>
      ) : (
        <p className="text-slate-700">{t("none")}</p>
      )}
      <p>
        <Link href="/dashboard" className={buttonClass("secondary")}>
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
