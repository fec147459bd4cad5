"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { CheckoutError } from "./checkout-error";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * An international card, typed on our page and passed straight to the acquirer by the server action.
 * The number and CVC are never refilled after an error: the action does not send them back.
 */
export function ForeignCardForm({ action, amount }: { action: Action; amount: string }) {
  const t = useTranslations("checkout");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const error = (field: string) => {
    const key = state.fieldErrors?.[field];
    return key ? t(`errors.${key}`) : undefined;
  };
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <CheckoutError state={state} />
      <Field
        name="number"
        id="foreign-number"
        label={t("foreignCardNumber")}
        inputMode="numeric"
        autoComplete="cc-number"
        spellCheck={false}
        maxLength={23}
        required
        error={error("number")}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("cardExpiry")}</legend>
        <div className="grid grid-cols-2 gap-3">
          <Field
            name="expMonth"
            id="foreign-exp-month"
            label={t("cardExpMonth")}
            inputMode="numeric"
            autoComplete="cc-exp-month"
            maxLength={2}
            required
            defaultValue={state.values?.expMonth}
            error={error("expMonth")}
          />
          <Field
            name="expYear"
            id="foreign-exp-year"
            label={t("cardExpYear")}
            inputMode="numeric"
            autoComplete="cc-exp-year"
            maxLength={4}
            required
            defaultValue={state.values?.expYear}
            error={error("expYear")}
          />
        </div>
      </fieldset>
      <Field
        name="cvc"
        id="foreign-cvc"
        label={t("cardCvc")}
        hint={t("cardCvcHint")}
        inputMode="numeric"
        autoComplete="cc-csc"
        maxLength={4}
        required
        error={error("cvc")}
      />
      <Field
        name="name"
        id="foreign-name"
        label={t("cardHolderName")}
        autoComplete="cc-name"
        spellCheck={false}
        maxLength={100}
        required
        defaultValue={state.values?.name}
        error={error("name")}
      />
      <Button disabled={pending}>{t("payWithForeignCard", { amount })}</Button>
    </form>
  );
}
