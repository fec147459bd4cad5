import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { formatCny } from "@/lib/money";
import type { RefundWithOrder } from "@/lib/refunds";
import { TableHead } from "./table-head";
import { refundTone } from "./tones";

/** One page of the merchant's refunds, newest first. */
export async function RefundsTable({ refunds }: { refunds: RefundWithOrder[] }) {
  const t = await getTranslations("refunds");
  const format = await getFormatter();
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <TableRegion label={t("refundsTitle")}>
      <table className="w-full min-w-[44rem] text-sm" data-testid="refunds-table">
        <caption className="sr-only">{t("refundsTitle")}</caption>
        <TableHead
          columns={[
            { label: t("columns.refundId") },
            { label: t("columns.orderId") },
            { label: t("columns.amount"), numeric: true },
            { label: t("columns.status") },
            { label: t("columns.source") },
            { label: t("columns.created") },
            { label: t("columns.completed") },
          ]}
        />
        <tbody>
          {refunds.map((refund) => (
            <tr
              key={refund.id}
              className="border-b border-slate-100 last:border-0"
              data-testid={`refund-row-${refund.refundId}`}
            >
              <th scope="row" className={`${TD} text-left font-mono font-normal break-all`}>
                {refund.refundId}
              </th>
              <td className={`${TD} font-mono`}>{refund.payment.orderId}</td>
              <td className={`${TD} text-right tabular-nums`}>{formatCny(refund.amount)}</td>
              <td className={TD}>
                <StatusBadge tone={refundTone(refund.status)}>{t(`statuses.${refund.status}`)}</StatusBadge>
              </td>
              <td className={TD}>
                {t.has(`sources.${refund.source}`) ? t(`sources.${refund.source}`) : refund.source}
              </td>
              <td className={`${TD} whitespace-nowrap`}>{when(refund.createdAt)}</td>
              <td className={`${TD} whitespace-nowrap`}>{when(refund.completedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
