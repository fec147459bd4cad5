import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SplitRow, SplitSide } from "@/lib/splits/list-merchant-splits";
import { formatCny } from "@/lib/money";
import { StatusBadge } from "./status-badge";
import { TableRegion, TD, TH } from "./table-region";

/**
 * Split shares: given to sub-merchants (with the platform's order, linked to the payment) or received
 * from a platform; what refunds took back, and whether each is held or settled.
 */
export async function SplitSharesTable({
  rows,
  side,
  label,
}: {
  rows: SplitRow[];
  side: SplitSide;
  label: string;
}) {
  const t = await getTranslations("dashboard.splits");
  const format = await getFormatter();
  const when = (at: Date | null) =>
    at ? format.dateTime(at, { dateStyle: "short", timeStyle: "short" }) : "—";
  const columns = [
    t("paidAt"),
    side === "given" ? t("order") : null,
    side === "given" ? t("subMerchant") : t("platform"),
    t("amount"),
    t("reversed"),
    t("status"),
  ].filter((column) => column !== null);
  return (
    <TableRegion label={label}>
      <table className="w-full min-w-[44rem] text-sm" data-testid={`splits-${side}`}>
        <caption className="sr-only">{label}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={TH}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 last:border-0" data-testid="split-row">
              <td className={`${TD} whitespace-nowrap`}>{when(row.paidAt)}</td>
              {side === "given" ? (
                <td className={`${TD} font-mono text-xs`}>
                  <Link className="text-brand-700 underline" href={`/dashboard/payments/${row.paymentId}`}>
                    {row.orderId}
                  </Link>
                </td>
              ) : null}
              <td className={TD}>
                {row.counterpart.name}{" "}
                <span className="font-mono text-xs text-slate-600">{row.counterpart.id}</span>
              </td>
              <td className={`${TD} tabular-nums`}>{formatCny(row.amount)}</td>
              <td className={`${TD} tabular-nums`}>
                {row.reversedAmount > 0n ? formatCny(row.reversedAmount) : "—"}
              </td>
              <td className={TD}>
                <StatusBadge tone={row.settledAt ? "success" : "neutral"}>
                  {row.settledAt ? t("settledAt", { at: when(row.settledAt) }) : t("held")}
                </StatusBadge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
