"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, type Option } from "@/components/dashboard/form-controls";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createAgentAction, type CreateAgentState } from "./actions";

const IDLE: CreateAgentState = { status: "idle" };

/**
 * Adds an agent: name, email, share of the fee, payout bank (the enabled ones) and account. A refusal
 * is shown under the field it names, with what was typed put back (not the account number).
 */
export function CreateAgentForm({ banks }: { banks: Option[] }) {
  const t = useTranslations("admin.agents");
  const [state, action, pending] = useActionState(createAgentAction, IDLE);
  const message = state.problem
    ? t.has(`notices.${state.problem}`)
      ? t(`notices.${state.problem}`)
      : t("notices.failed")
    : undefined;
  // What every field shares: its label, what was typed (put back after a refusal) and its error.
  const field = (name: string, label = t(name)) => ({
    name,
    label,
    defaultValue: state.values?.[name],
    error: state.field === name ? message : undefined,
  });
  // A new key remounts the fields, so that values put back after a refusal replace what was shown.
  const key = state.status === "error" ? JSON.stringify(state.values) : "new";
  return (
    <form action={action} className="grid gap-3 md:grid-cols-2" noValidate key={key}>
      {message && !state.field ? (
        <div className="md:col-span-2">
          <Alert tone="error">{message}</Alert>
        </div>
      ) : null}
      <Field {...field("name")} required maxLength={100} />
      <Field {...field("email")} type="email" required />
      <Field {...field("sharePercent")} hint={t("shareHint")} inputMode="decimal" required />
      <SelectField {...field("bankCode", t("bank"))} options={banks} />
      <Field {...field("accountName")} required maxLength={100} />
      <Field
        {...field("accountNumber")}
        hint={t("accountNumberHint")}
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <div>
        <Button disabled={pending}>{t("createButton")}</Button>
      </div>
    </form>
  );
}
