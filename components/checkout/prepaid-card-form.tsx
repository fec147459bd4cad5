"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { CheckoutError } from "./checkout-error";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function PrepaidCardForm({ action, amount }: { action: Action; amount: string }) {
  const t = useTranslations("checkout");
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <CheckoutError state={state} />
      <Field
        name="number"
        id="prepaid-number"
        label={t("cardNumber")}
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <Field
        name="pin"
        id="prepaid-pin"
        type="password"
        label={t("pin")}
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <Button disabled={pending}>{t("payWithPrepaid", { amount })}</Button>
    </form>
  );
}
