import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { RefundBatch } from "@/generated/prisma/client";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { TableHead } from "./table-head";
import { refundTone } from "./tones";

/** The merchant's latest refund files; each links to its preview or progress. */
export async function BatchesTable({ batches }: { batches: RefundBatch[] }) {
  const t = await getTranslations("refunds");
  const format = await getFormatter();
  return (
    <TableRegion label={t("batchesTitle")}>
      <table className="w-full min-w-[36rem] text-sm" data-testid="batches-table">
        <caption className="sr-only">{t("batchesTitle")}</caption>
        <TableHead
          columns={[
            { label: t("columns.file") },
            { label: t("columns.rows"), numeric: true },
            { label: t("columns.valid"), numeric: true },
            { label: t("columns.status") },
            { label: t("columns.uploaded") },
          ]}
        />
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id} className="border-b border-slate-100 last:border-0">
              <th scope="row" className={`${TD} text-left font-normal`}>
                <Link
                  href={`/dashboard/refunds/batches/${batch.id}`}
                  className="break-all text-brand-600 underline hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  {batch.fileName}
                </Link>
              </th>
              <td className={`${TD} text-right tabular-nums`}>{batch.rowCount}</td>
              <td className={`${TD} text-right tabular-nums`}>{batch.validCount}</td>
              <td className={TD}>
                <StatusBadge tone={refundTone(batch.status)}>
                  {t(`batchStatuses.${batch.status}`)}
                </StatusBadge>
              </td>
              <td className={`${TD} whitespace-nowrap`}>
                {format.dateTime(batch.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
