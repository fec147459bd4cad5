"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { BankChoice, type BankOption } from "@/components/checkout/bank-choice";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { withdrawAction, type WithdrawField, type WithdrawState } from "./actions";

const IDLE: WithdrawState = { status: "idle" };

/** To the user's own card. The key is drawn with the page, so a double click withdraws once. */
export function WithdrawForm({
  banks,
  idempotencyKey,
  limit,
}: {
  banks: BankOption[];
  idempotencyKey: string;
  limit: string;
}) {
  const t = useTranslations("walletWithdraw");
  const [state, action, pending] = useActionState(withdrawAction, IDLE);
  const errorOf = (field: WithdrawField) =>
    state.status === "error" && state.field === field ? t(`problems.${state.problem}`) : undefined;
  const value = (field: string) => (state.status === "error" ? state.values[field] : undefined);
  if (state.status === "done") {
    return (
      <Alert tone="success">
        <span data-testid="withdraw-done">{t("done", { amount: state.amount, last4: state.last4 })}</span>
      </Alert>
    );
  }
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      {state.status === "error" && state.field === null ? (
        <Alert tone="error">{t(`problems.${state.problem}`)}</Alert>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <BankChoice banks={banks} legend={t("bank")} defaultValue={value("bank")} error={errorOf("bank")} />
      <Field
        name="cardNumber"
        label={t("cardNumber")}
        inputMode="numeric"
        autoComplete="off"
        required
        error={errorOf("cardNumber")}
      />
      <Field
        name="accountName"
        label={t("accountName")}
        autoComplete="name"
        required
        defaultValue={value("accountName")}
        error={errorOf("accountName")}
      />
      <Field
        name="amount"
        label={t("amount")}
        hint={t("amountHint", { limit })}
        inputMode="decimal"
        autoComplete="off"
        required
        defaultValue={value("amount")}
        error={errorOf("amount")}
      />
      <Field
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={errorOf("password")}
      />
      <div>
        <Button disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
