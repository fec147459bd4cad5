import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PaymentDetail } from "@/lib/merchant-dashboard/get-payment-detail";
import { bankName } from "@/lib/merchant-dashboard/bank-names";
import { StatusBadge } from "./status-badge";

/**
 * The messages exchanged with banks for this payment, oldest first, each with what the gateway made
 * of it. Bodies were redacted before they were stored (no card numbers, passwords or PINs).
 */
export async function BankMessages({ messages }: { messages: PaymentDetail["bankMessages"] }) {
  const t = await getTranslations("dashboard.detail");
  const format = await getFormatter();
  const locale = await getLocale();
  if (messages.length === 0) return <p className="text-sm text-slate-700">{t("noBankMessages")}</p>;
  return (
    <ol className="flex flex-col gap-3" data-testid="bank-messages">
      {messages.map((message) => (
        <li
          key={message.id}
          className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
          data-testid="bank-message"
        >
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge tone={message.direction === "IN" ? "info" : "neutral"}>
              {t(`directions.${message.direction}`)}
            </StatusBadge>
            <span className="font-mono font-medium">{message.kind}</span>
            <span className="text-slate-700">{bankName(message.bankCode, locale)}</span>
            <StatusBadge tone={message.verified ? "success" : "danger"}>
              {message.verified ? t("verified") : t("notVerified")}
            </StatusBadge>
            {message.verdict ? (
              <span className="text-slate-700">
                {t("verdict")}: <span className="font-mono">{message.verdict}</span>
              </span>
            ) : null}
            <time dateTime={message.createdAt.toISOString()} className="ml-auto text-slate-600">
              {format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })}
            </time>
          </div>
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-600 underline focus-visible:outline-2 focus-visible:outline-brand-600">
              {t("rawMessage")}
            </summary>
            <pre
              tabIndex={0}
              role="region"
              aria-label={`${t("rawMessage")}: ${message.kind}`}
              className="mt-2 max-h-80 overflow-auto rounded bg-slate-100 p-3 font-mono text-xs whitespace-pre-wrap break-all text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              {message.body}
            </pre>
          </details>
        </li>
      ))}
    </ol>
  );
}
