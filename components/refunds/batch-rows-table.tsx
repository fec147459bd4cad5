import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { formatCny } from "@/lib/money";
import type { BatchRowView } from "@/lib/refunds/batch";
import { TableHead } from "./table-head";
import { refundTone } from "./tones";

/** A page of a refund file's rows: what was typed, the verdict, and the refund's status once it exists. */
export async function BatchRowsTable({ rows }: { rows: BatchRowView[] }) {
  const t = await getTranslations("refunds");
  return (
    <TableRegion label={t("batch.rowsTable")}>
      <table className="w-full min-w-[48rem] text-sm" data-testid="batch-rows-table">
        <caption className="sr-only">{t("batch.rowsTable")}</caption>
        <TableHead
          columns={[
            { label: t("columns.row"), numeric: true },
            { label: t("columns.orderId") },
            { label: t("columns.amount"), numeric: true },
            { label: t("columns.refundId") },
            { label: t("columns.verdict") },
            { label: t("columns.refund") },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className="border-b border-slate-100 last:border-0"
              data-testid={`batch-row-${row.rowNumber}`}
              data-verdict={row.verdict}
            >
              <th scope="row" className={`${TD} text-right font-normal tabular-nums`}>
                {row.rowNumber}
              </th>
              <td className={`${TD} font-mono break-all`}>{row.orderId || "—"}</td>
              <td className={`${TD} text-right tabular-nums`}>
                {row.amount === null ? row.amountText || "—" : formatCny(row.amount)}
              </td>
              <td className={`${TD} font-mono break-all`}>
                {row.refund?.refundId ?? row.refundIdText ?? "—"}
              </td>
              <td className={TD}>
                <StatusBadge tone={refundTone(row.verdict)} testId={`verdict-${row.rowNumber}`}>
                  {t.has(`verdicts.${row.verdict}`) ? t(`verdicts.${row.verdict}`) : row.verdict}
                </StatusBadge>
                {row.message ? (
                  <span className="mt-1 block text-xs text-slate-600">{row.message}</span>
                ) : null}
              </td>
              <td className={TD}>
                {row.refund ? (
                  <StatusBadge tone={refundTone(row.refund.status)} testId={`refund-status-${row.rowNumber}`}>
                    {t(`statuses.${row.refund.status}`)}
                  </StatusBadge>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
