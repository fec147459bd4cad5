"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { sendMoneyAction, type SendField, type SendState } from "./actions";

const IDLE: SendState = { status: "idle" };

/** Send to any email. The key is drawn with the page, so a double click sends once. Works without JS. */
export function SendForm({
  idempotencyKey,
  recheckAbove,
  dailyLimit,
}: {
  idempotencyKey: string;
  recheckAbove: string;
  dailyLimit: string;
}) {
  const t = useTranslations("transfers");
  const [state, action, pending] = useActionState(sendMoneyAction, IDLE);
  const errorOf = (field: SendField) =>
    state.status === "error" && state.field === field ? t(`problems.${state.problem}`) : undefined;
  const value = (field: string) => (state.status === "error" ? state.values[field] : undefined);
  if (state.status === "done") {
    return (
      <div className="flex flex-col gap-4" data-testid="send-done">
        <Alert tone="success">
          {t(state.unclaimed ? "sentUnclaimed" : "sentCompleted", {
            amount: state.amount,
            email: state.recipientEmail,
          })}
        </Alert>
        <p className="text-lg">
          {t("pairingCode")}{" "}
          <strong className="font-mono tracking-widest" data-testid="pairing-code">
            {state.pairingCode}
          </strong>
        </p>
        <p className="text-sm text-slate-700">{t("pairingHint")}</p>
        <a href="/wallet/send" className="text-brand-600 underline">
          {t("sendAnother")}
        </a>
      </div>
    );
  }
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state.status === "error" && state.field === null ? (
        <Alert tone="error">{t(`problems.${state.problem}`)}</Alert>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Field
        name="recipientEmail"
        type="email"
        label={t("recipientEmail")}
        hint={t("recipientHint")}
        autoComplete="email"
        required
        defaultValue={value("recipientEmail")}
        error={errorOf("recipientEmail")}
      />
      <Field
        name="amount"
        label={t("amount")}
        hint={t("amountHint", { limit: dailyLimit })}
        inputMode="decimal"
        autoComplete="off"
        required
        defaultValue={value("amount")}
        error={errorOf("amount")}
      />
      <Field
        name="note"
        label={t("note")}
        maxLength={100}
        defaultValue={value("note")}
        error={errorOf("note")}
      />
      <Field
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { above: recheckAbove })}
        autoComplete="current-password"
        error={errorOf("password")}
      />
      <div>
        <Button disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
