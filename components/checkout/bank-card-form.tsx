"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { CheckoutError } from "./checkout-error";

type Bank = { code: string; name: string; colour: string };
type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function BankCardForm({
  action,
  banks,
  payerEmail,
}: {
  action: Action;
  banks: Bank[];
  payerEmail: string;
}) {
  const t = useTranslations("checkout");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const bankError = state.fieldErrors?.bank;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <CheckoutError state={state} />
      <fieldset aria-describedby={bankError ? "bank-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("bank")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {banks.map((bank) => (
            <label
              key={bank.code}
              className="flex min-h-12 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-checked:border-brand-600 has-checked:ring-2 has-checked:ring-brand-600"
            >
              <input
                type="radio"
                name="bank"
                value={bank.code}
                defaultChecked={state.values?.bank === bank.code}
              />
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 shrink-0 rounded-full"
                style={{ background: bank.colour }}
              />
              <span className="text-sm">{bank.name}</span>
            </label>
          ))}
        </div>
        {bankError ? (
          <p id="bank-error" className="mt-1 text-sm text-red-700">
            {t(`errors.${bankError}`)}
          </p>
        ) : null}
      </fieldset>
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
