import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MerchantKeyView } from "@/lib/merchant-dashboard/list-merchant-keys";
import { StatusBadge, toneOf } from "./status-badge";
import { TableRegion, TD, TH } from "./table-region";

/** The merchant's keys with their fingerprints; an active key links to its revoke confirmation. */
export async function KeysTable({ keys }: { keys: MerchantKeyView[] }) {
  const t = await getTranslations("dashboard.keys");
  const format = await getFormatter();
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <TableRegion label={t("tableLabel")}>
      <table className="w-full min-w-[44rem] text-sm" data-testid="keys-table">
        <caption className="sr-only">{t("tableLabel")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              {t("keyId")}
            </th>
            <th scope="col" className={TH}>
              {t("fingerprint")}
            </th>
            <th scope="col" className={TH}>
              {t("created")}
            </th>
            <th scope="col" className={TH}>
              {t("status")}
            </th>
            <th scope="col" className={TH}>
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr
              key={key.keyId}
              className="border-b border-slate-100 last:border-0"
              data-testid={`key-row-${key.keyId}`}
            >
              <th scope="row" className={`${TD} text-left font-mono font-normal whitespace-nowrap`}>
                {key.keyId}
              </th>
              <td className={`${TD} font-mono text-xs break-all`}>{key.fingerprint}</td>
              <td className={`${TD} whitespace-nowrap`}>{when(key.createdAt)}</td>
              <td className={TD}>
                <StatusBadge tone={toneOf(key.status)} testId="key-status">
                  {t(`statuses.${key.status}`)}
                </StatusBadge>
                {key.revokedAt ? (
                  <span className="block text-xs text-slate-600">
                    {t("revokedAt", { time: when(key.revokedAt) })}
                  </span>
                ) : null}
              </td>
              <td className={`${TD} text-right`}>
                {key.status === "ACTIVE" ? (
                  <Link
                    href={`/dashboard/keys/${key.keyId}/revoke`}
                    className="whitespace-nowrap text-red-700 underline hover:text-red-800 focus-visible:outline-2 focus-visible:outline-brand-600"
                    aria-label={t("revokeKey", { keyId: key.keyId })}
                  >
                    {t("revoke")}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
