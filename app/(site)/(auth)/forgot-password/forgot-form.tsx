"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { IDLE } from "@/lib/forms/action-state";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(forgotPasswordAction, IDLE);
  if (state.status === "done") return <Alert tone="success">{t("forgotDone")}</Alert>;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email ? t(`errors.${state.fieldErrors.email}`) : undefined}
      />
      <Button disabled={pending}>{t("forgotSubmit")}</Button>
    </form>
  );
}
