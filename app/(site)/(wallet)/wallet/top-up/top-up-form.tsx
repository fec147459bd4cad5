"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { BankChoice, type BankOption } from "@/components/checkout/bank-choice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { topUpAction, type TopUpState } from "./actions";

const IDLE: TopUpState = { status: "idle" };

/** Amount and bank; submitting leaves for the bank's own page (a redirect), so it works without JS. */
export function TopUpForm({ banks }: { banks: BankOption[] }) {
  const t = useTranslations("topUp");
  const [state, action, pending] = useActionState(topUpAction, IDLE);
  const errorOf = (field: "amount" | "bank") =>
    state.status === "error" && state.field === field ? t(`problems.${state.problem}`) : undefined;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <Field
        name="amount"
        label={t("amount")}
        hint={t("amountHint")}
        inputMode="decimal"
        autoComplete="off"
        required
        defaultValue={state.status === "error" ? state.values.amount : undefined}
        error={errorOf("amount")}
      />
      <BankChoice
        banks={banks}
        legend={t("bank")}
        defaultValue={state.status === "error" ? state.values.bank : undefined}
        error={errorOf("bank")}
      />
      <div>
        <Button disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
