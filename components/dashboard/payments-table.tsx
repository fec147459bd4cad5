import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Payment } from "@/generated/prisma/client";
import { bankName } from "@/lib/merchant-dashboard/bank-names";
import { formatCny } from "@/lib/money";
import { shownPaymentStatus, StatusBadge, toneOf } from "./status-badge";
import { TableRegion, TD, TH } from "./table-region";

/** One page of payments; each order id links to the payment's detail. */
export async function PaymentsTable({ payments }: { payments: Payment[] }) {
  const t = await getTranslations("dashboard.payments");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <TableRegion label={t("tableLabel")}>
      <table className="w-full min-w-[40rem] text-sm" data-testid="payments-table">
        <caption className="sr-only">{t("tableLabel")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              {t("orderId")}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t("amount")}
            </th>
            <th scope="col" className={TH}>
              {t("status")}
            </th>
            <th scope="col" className={TH}>
              {t("method")}
            </th>
            <th scope="col" className={TH}>
              {t("created")}
            </th>
          </tr>
        </thead>
        <tbody>
          {payments.map((payment) => (
            <tr
              key={payment.id}
              className="border-b border-slate-100 last:border-0"
              data-testid={`payment-row-${payment.orderId}`}
            >
              <th scope="row" className={`${TD} text-left font-normal`}>
                <Link
                  href={`/dashboard/payments/${payment.id}`}
                  className="font-mono whitespace-nowrap text-brand-600 underline hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  {payment.orderId}
                </Link>
                <span className="block max-w-56 truncate text-xs text-slate-600">{payment.subject}</span>
              </th>
              <td className={`${TD} text-right tabular-nums`}>{formatCny(payment.amount)}</td>
              <td className={TD}>
                <StatusBadge tone={toneOf(shownPaymentStatus(payment))}>
                  {t(`statuses.${shownPaymentStatus(payment)}`)}
                </StatusBadge>
              </td>
              <td className={TD}>
                {payment.method ? t(`methods.${payment.method}`) : "—"}
                {payment.bankCode ? (
                  <span className="block text-xs text-slate-600">{bankName(payment.bankCode, locale)}</span>
                ) : null}
              </td>
              <td className={`${TD} whitespace-nowrap`}>
                {format.dateTime(payment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
