import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PaymentDetail } from "@/lib/merchant-dashboard/get-payment-detail";
import { bankName } from "@/lib/merchant-dashboard/bank-names";
import { formatCny } from "@/lib/money";
import { Card } from "@/components/ui/card";
import { shownPaymentStatus, StatusBadge, toneOf } from "./status-badge";

function Row({ term, children, mono = false }: { term: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="grid gap-1 border-b border-slate-100 py-2 last:border-0 sm:grid-cols-3">
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className={`text-sm break-all text-slate-900 sm:col-span-2 ${mono ? "font-mono" : ""}`}>
        {children}
      </dd>
    </div>
  );
}

/** The payment object's fields, as the API returns them, plus the URLs the merchant gave. */
export async function PaymentFields({ detail }: { detail: PaymentDetail }) {
  const t = await getTranslations("dashboard.detail");
  const tp = await getTranslations("dashboard.payments");
  const format = await getFormatter();
  const locale = await getLocale();
  const { record } = detail;
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : "—";
  const metadata = Object.entries(detail.payment.metadata);
  return (
    <Card title={t("paymentObject")}>
      <dl>
        <Row term={t("id")} mono>
          {record.id}
        </Row>
        <Row term={tp("orderId")} mono>
          <span data-testid="detail-order-id">{record.orderId}</span>
        </Row>
        <Row term={tp("amount")}>
          <span className="tabular-nums">{formatCny(record.amount)}</span> {record.currency}
        </Row>
        <Row term={t("subject")}>{record.subject}</Row>
        <Row term={tp("status")}>
          <StatusBadge tone={toneOf(shownPaymentStatus(record))} testId="detail-status">
            {tp(`statuses.${shownPaymentStatus(record)}`)}
          </StatusBadge>
          {record.failureReason ? <span className="ml-2 text-slate-700">{record.failureReason}</span> : null}
        </Row>
        <Row term={tp("method")}>
          {record.method ? tp(`methods.${record.method}`) : "—"}
          {record.bankCode ? ` · ${bankName(record.bankCode, locale)}` : ""}
        </Row>
        <Row term={t("fee")}>
          <span className="tabular-nums">{formatCny(record.fee)}</span>
        </Row>
        <Row term={t("refunded")}>
          <span className="tabular-nums">{formatCny(record.amountRefunded)}</span>
        </Row>
        <Row term={tp("created")}>{when(record.createdAt)}</Row>
        <Row term={t("expires")}>{when(record.expiresAt)}</Row>
        <Row term={t("paid")}>{when(record.paidAt)}</Row>
        <Row term={t("notifyUrl")} mono>
          {record.notifyUrl}
        </Row>
        <Row term={t("returnUrl")} mono>
          {record.returnUrl}
        </Row>
        <Row term={t("payerEmail")}>{record.payerEmail ?? "—"}</Row>
        <Row term={t("metadata")} mono>
          {metadata.length > 0 ? metadata.map(([key, value]) => `${key}=${value}`).join(", ") : "—"}
        </Row>
      </dl>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand-600 underline focus-visible:outline-2 focus-visible:outline-brand-600">
          {t("asJson")}
        </summary>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-xs text-slate-900">
          {JSON.stringify(detail.payment, null, 2)}
        </pre>
      </details>
    </Card>
  );
}
