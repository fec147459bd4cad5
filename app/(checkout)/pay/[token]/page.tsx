import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { OrderSummary } from "@/components/checkout/order-summary";
import { ClosedCheckout } from "@/components/checkout/closed-checkout";
import { BankCardForm } from "@/components/checkout/bank-card-form";
import { WalletForm } from "@/components/checkout/wallet-form";
import { PrepaidCardForm } from "@/components/checkout/prepaid-card-form";
import { PaymentMethod } from "@/components/checkout/payment-method";
import { ForeignCardForm } from "@/components/checkout/foreign-card-form";
import { db } from "@/lib/db";
import { getCheckout } from "@/lib/payments";
import { bankOptions } from "@/lib/bank-gateway/enabled-banks";
import { formatCny } from "@/lib/money";
import { payByBankAction, payByPrepaidCardAction, payByWalletAction } from "./actions";
import { payByForeignCardAction } from "./foreign-card-actions";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

const DECLINES = ["insufficient_funds", "wrong_password", "card_unknown", "expired", "other"];

export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ declined?: string }>;
}) {
  const { token } = await params;
  const { declined } = await searchParams;
  const checkout = await getCheckout(db, token);
  if (!checkout) notFound();
  const t = await getTranslations("checkout");
  const locale = await getLocale();
  const banks = await bankOptions(db, locale);
  const amount = formatCny(checkout.amount);
  const payerEmail = checkout.payerEmail ?? "";
  return (
    <div className="flex flex-col gap-5">
      <OrderSummary checkout={checkout} />
      {checkout.state !== "payable" ? (
        <ClosedCheckout checkout={checkout} />
      ) : (
        <>
          {declined ? (
            <Alert tone="error">{t(`errors.${DECLINES.includes(declined) ? declined : "other"}`)}</Alert>
          ) : null}
          <h2 className="text-lg font-semibold">{t("chooseMethod")}</h2>
          {checkout.methods.bankCard ? (
            <PaymentMethod id="bank-card" title={t("bankCard")} lead={t("bankCardLead")} open>
              <BankCardForm
                action={payByBankAction.bind(null, token)}
                banks={banks}
                payerEmail={payerEmail}
              />
            </PaymentMethod>
          ) : null}
          {checkout.methods.wallet ? (
            <PaymentMethod id="wallet" title={t("wallet")} lead={t("walletLead")}>
              <WalletForm
                action={payByWalletAction.bind(null, token)}
                amount={amount}
                payerEmail={payerEmail}
              />
            </PaymentMethod>
          ) : null}
          {checkout.methods.prepaidCard ? (
            <PaymentMethod
              id="prepaid-card"
              title={t("prepaid")}
              lead={t("prepaidLead")}
              // The only method of a prepaid-card-only merchant starts open.
              open={!checkout.methods.bankCard}
            >
              <PrepaidCardForm action={payByPrepaidCardAction.bind(null, token)} amount={amount} />
            </PaymentMethod>
          ) : null}
          {checkout.methods.bankCard ? (
            <PaymentMethod id="foreign-card" title={t("foreignCard")} lead={t("foreignCardLead")}>
              <ForeignCardForm action={payByForeignCardAction.bind(null, token)} amount={amount} />
            </PaymentMethod>
          ) : null}
        </>
      )}
    </div>
  );
}
