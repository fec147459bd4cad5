import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttemptsTable } from "@/components/dashboard/attempts-table";
import { BankMessages } from "@/components/dashboard/bank-messages";
import { NotificationEvents } from "@/components/dashboard/notification-events";
import { PaymentFields } from "@/components/dashboard/payment-fields";
import { PaymentRefunds } from "@/components/dashboard/payment-refunds";
import { SplitSharesTable } from "@/components/dashboard/split-shares-table";
import { ResendNotice } from "@/components/dashboard/resend-notice";
import { PageTitle } from "@/components/ui/page-title";
import { db } from "@/lib/db";
import { getPaymentDetail } from "@/lib/merchant-dashboard/get-payment-detail";
import type { SearchParams } from "@/lib/merchant-dashboard/search-params";
import { formatCny, formatMinor } from "@/lib/money";
import { memberCan } from "@/lib/auth/permissions";
import { newId } from "@/lib/ids";
import { listPaymentRefunds, refundRefusal } from "@/lib/refunds";
import { now } from "@/lib/clock";
import { paymentSplitRows } from "@/lib/splits/list-merchant-splits";
import { GateRefusal } from "../../_lib/gate-refusal";
import { openDashboard } from "../../_lib/gate";
import { resendNotificationAction } from "../../notifications/actions";
import { RefundForm } from "./refund-form";

export const metadata: Metadata = { title: "Payment" };

const PAYMENT_ID = /^pay_[0-9a-z]{26}$/;

export default async function PaymentDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const gate = await openDashboard("payments.view", `/dashboard/payments/${encodeURIComponent(id)}`);
  const t = await getTranslations("dashboard.detail");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  // By id AND the member's merchant: another merchant's payment is the same 404 as a made-up id.
  const detail = PAYMENT_ID.test(id) ? await getPaymentDetail(db, gate.merchant.id, id) : null;
  if (!detail) notFound();
  const { record } = detail;
  const [refunds, splits] = await Promise.all([
    listPaymentRefunds(db, gate.merchant.id, record.id),
    paymentSplitRows(db, record.id),
  ]);
  const left = record.amount - record.amountRefunded;
  // Offered only while a refund could succeed: paid, inside the 90 days, something left to give back.
  const canRefund = memberCan(gate.member, "refunds.create") && refundRefusal(record, 1n, now()) === null;
  const tr = await getTranslations("dashboard.refund");
  const ts = await getTranslations("dashboard.splits");
  const section = "flex flex-col gap-3";
  const heading = "text-xl font-semibold text-slate-900";
  return (
    <div className="flex flex-col gap-8">
      <div>
        <Link
          href="/dashboard/payments"
          className="text-sm text-brand-600 underline focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {t("back")}
        </Link>
        <PageTitle lead={`${record.subject} · ${formatCny(record.amount)}`}>
          {t("titleWithOrder", { orderId: record.orderId })}
        </PageTitle>
        <ResendNotice searchParams={await searchParams} />
      </div>
      <PaymentFields detail={detail} />
      <section id="refunds" aria-labelledby="refunds-heading" className={section}>
        <h2 id="refunds-heading" className={heading}>
          {tr("heading")}
        </h2>
        <PaymentRefunds refunds={refunds} />
        {canRefund ? (
          <RefundForm paymentId={record.id} refundId={newId("drf")} left={formatMinor(left)} />
        ) : null}
      </section>
      {splits.length > 0 ? (
        <section aria-labelledby="splits-heading" className={section}>
          <h2 id="splits-heading" className={heading}>
            {ts("paymentHeading")}
          </h2>
          <SplitSharesTable rows={splits} side="given" label={ts("paymentHeading")} />
        </section>
      ) : null}
      <section aria-labelledby="attempts-heading" className={section}>
        <h2 id="attempts-heading" className={heading}>
          {t("attempts")}
        </h2>
        <AttemptsTable attempts={detail.attempts} />
      </section>
      <section aria-labelledby="bank-messages-heading" className={section}>
        <h2 id="bank-messages-heading" className={heading}>
          {t("bankMessages")}
        </h2>
        <BankMessages messages={detail.bankMessages} />
      </section>
      <section id="notifications" aria-labelledby="notifications-heading" className={section}>
        <h2 id="notifications-heading" className={heading}>
          {t("notifications")}
        </h2>
        {detail.notifications.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noNotifications")}</p>
        ) : (
          <NotificationEvents
            events={detail.notifications}
            resendAction={resendNotificationAction}
            back="payment"
          />
        )}
      </section>
    </div>
  );
}
