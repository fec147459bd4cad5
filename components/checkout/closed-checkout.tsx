import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { CheckoutView } from "@/lib/payments";

const TEXTS = {
  succeeded: ["paidTitle", "paidText"],
  expired: ["expiredTitle", "expiredText"],
  closed: ["closedTitle", "closedText"],
  failed: ["failedTitle", "failedText"],
} as const;

/** What an already paid, expired, closed or failed payment shows instead of the payment form. */
export async function ClosedCheckout({ checkout }: { checkout: CheckoutView }) {
  const t = await getTranslations("checkout");
  if (checkout.state === "payable") return null;
  const [title, text] = TEXTS[checkout.state];
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" aria-live="polite">
      <h2 className="text-lg font-semibold" data-testid="checkout-state">
        {t(title)}
      </h2>
      <p className="mt-2 text-slate-700">{t(text)}</p>
      <a href={checkout.returnUrl} className={`${buttonClass("secondary")} mt-4`}>
        {t("backToShop", { merchant: checkout.merchantName })}
      </a>
    </section>
  );
}
