"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { BankChoice, type BankOption } from "./bank-choice";
import { CheckoutError } from "./checkout-error";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function BankCardForm({
  action,
  banks,
  payerEmail,
}: {
  action: Action;
  banks: BankOption[];
  payerEmail: string;
}) {
  const t = useTranslations("checkout");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const bankError = state.fieldErrors?.bank;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <CheckoutError state={state} />
      <BankChoice
        banks={banks}
        legend={t("bank")}
        defaultValue={state.values?.bank}
        error={bankError ? t(`errors.${bankError}`) : undefined}
      />
      <Field
        name="email"
        id="bank-email"
        type="email"
        label={t("emailOptional")}
        autoComplete="email"
        defaultValue={state.values?.email ?? payerEmail}
        error={state.fieldErrors?.email ? t(`errors.${state.fieldErrors.email}`) : undefined}
      />
      <Button disabled={pending}>{t("continueToBank")}</Button>
    </form>
  );
}
