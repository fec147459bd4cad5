"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { CheckoutError } from "./checkout-error";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function WalletForm({
  action,
  amount,
  payerEmail,
}: {
  action: Action;
  amount: string;
  payerEmail: string;
}) {
  const t = useTranslations("checkout");
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <CheckoutError state={state} />
      <Field
        name="email"
        id="wallet-email"
        type="email"
        label={t("walletEmail")}
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? payerEmail}
      />
      <Field
        name="password"
        id="wallet-password"
        type="password"
        label={t("walletPassword")}
        autoComplete="current-password"
        required
      />
      <Button disabled={pending}>{t("payWithWallet", { amount })}</Button>
    </form>
  );
}
