import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PaymentDetail } from "@/lib/merchant-dashboard/get-payment-detail";
import { bankName } from "@/lib/merchant-dashboard/bank-names";
import { maskPayer } from "@/lib/merchant-dashboard/mask-payer";
import { formatCny } from "@/lib/money";
import { StatusBadge, toneOf } from "./status-badge";
import { TableRegion, TD, TH } from "./table-region";

/** The shopper's tries to pay, oldest first: method, bank, result, why it was declined, who paid. */
export async function AttemptsTable({ attempts }: { attempts: PaymentDetail["attempts"] }) {
  const t = await getTranslations("dashboard.detail");
  const tp = await getTranslations("dashboard.payments");
  const format = await getFormatter();
  const locale = await getLocale();
  if (attempts.length === 0) return <p className="text-sm text-slate-700">{t("noAttempts")}</p>;
  return (
    <TableRegion label={t("attempts")}>
      <table className="w-full min-w-[52rem] text-sm" data-testid="attempts-table">
        <caption className="sr-only">{t("attempts")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              {t("time")}
            </th>
            <th scope="col" className={TH}>
              {tp("method")}
            </th>
            <th scope="col" className={TH}>
              {t("bank")}
            </th>
            <th scope="col" className={`${TH} text-right`}>
              {tp("amount")}
            </th>
            <th scope="col" className={TH}>
              {tp("status")}
            </th>
            <th scope="col" className={TH}>
              {t("declineReason")}
            </th>
            <th scope="col" className={TH}>
              {t("payer")}
            </th>
            <th scope="col" className={TH}>
              {t("bankTxnId")}
            </th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr
              key={attempt.id}
              className="border-b border-slate-100 last:border-0"
              data-testid="attempt-row"
            >
              <th scope="row" className={`${TD} text-left font-normal whitespace-nowrap`}>
                {format.dateTime(attempt.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </th>
              <td className={TD}>{tp(`methods.${attempt.method}`)}</td>
              <td className={TD}>{bankName(attempt.bankCode, locale) ?? "—"}</td>
              <td className={`${TD} text-right tabular-nums`}>{formatCny(attempt.amount)}</td>
              <td className={TD}>
                <StatusBadge tone={toneOf(attempt.status)}>
                  {t(`attemptStatuses.${attempt.status}`)}
                </StatusBadge>
              </td>
              <td className={TD}>{attempt.declineReason ?? "—"}</td>
              <td className={`${TD} font-mono whitespace-nowrap`}>{maskPayer(attempt.payerRef) ?? "—"}</td>
              <td className={`${TD} font-mono text-xs`}>{attempt.bankTxnId ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
