import { getFormatter, getTranslations } from "next-intl/server";
import { formatCny } from "@/lib/money";
import type { CheckoutView } from "@/lib/payments";

export async function OrderSummary({ checkout }: { checkout: CheckoutView }) {
  const t = await getTranslations("checkout");
  const format = await getFormatter();
  return (
    <section
      aria-labelledby="order-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h1 id="order-heading" className="text-xl font-bold">
        {t("title", { merchant: checkout.merchantName })}
      </h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("payTo")}</dt>
        <dd>{checkout.merchantName}</dd>
        <dt className="text-slate-600">{t("subject")}</dt>
        <dd>{checkout.subject}</dd>
        <dt className="text-slate-600">{t("amount")}</dt>
        <dd className="text-2xl font-bold tabular-nums" data-testid="checkout-amount">
          {formatCny(checkout.amount)}
        </dd>
      </dl>
      {checkout.state === "payable" ? (
        <p className="mt-3 text-sm text-slate-600">
          {t("expires", {
            time: format.dateTime(checkout.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      ) : null}
    </section>
  );
}
