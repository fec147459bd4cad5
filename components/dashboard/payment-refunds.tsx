import { getFormatter, getTranslations } from "next-intl/server";
import type { RefundWithOrder } from "@/lib/refunds";
import { formatCny } from "@/lib/money";
import { StatusBadge, toneOf } from "./status-badge";
import { TableRegion, TD, TH } from "./table-region";

/** A payment's refunds, newest first: when, how much, where the money goes, how it stands. */
export async function PaymentRefunds({ refunds }: { refunds: RefundWithOrder[] }) {
  const t = await getTranslations("dashboard.refund");
  const format = await getFormatter();
  if (refunds.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <TableRegion label={t("heading")}>
      <table className="w-full min-w-[44rem] text-sm" data-testid="refunds-table">
        <caption className="sr-only">{t("heading")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              {t("time")}
            </th>
            <th scope="col" className={TH}>
              {t("refundId")}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {t("amount")}
            </th>
            <th scope="col" className={TH}>
              {t("route")}
            </th>
            <th scope="col" className={TH}>
              {t("status")}
            </th>
            <th scope="col" className={TH}>
              {t("reason")}
            </th>
          </tr>
        </thead>
        <tbody>
          {refunds.map((refund) => (
            <tr key={refund.id} className="border-b border-slate-100 last:border-0" data-testid="refund-row">
              <th scope="row" className={`${TD} text-left font-normal whitespace-nowrap`}>
                {format.dateTime(refund.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </th>
              <td className={`${TD} font-mono text-xs`}>{refund.refundId}</td>
              <td className={`${TD} text-right tabular-nums`}>{formatCny(refund.amount)}</td>
              <td className={TD}>{t(`routes.${refund.route}`)}</td>
              <td className={TD}>
                <StatusBadge tone={toneOf(refund.status)}>{t(`statuses.${refund.status}`)}</StatusBadge>
                {refund.failureReason ? (
                  <span className="ml-2 text-xs text-slate-600">{refund.failureReason}</span>
                ) : null}
              </td>
              <td className={TD}>{refund.reason ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
