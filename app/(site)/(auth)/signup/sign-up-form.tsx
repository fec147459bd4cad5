"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/ui/new-password-field";
import { Alert } from "@/components/ui/alert";
import { IDLE } from "@/lib/forms/action-state";
import { signUpAction } from "./actions";

export function SignUpForm({ email }: { email?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signUpAction, IDLE);
  const err = (field: string) =>
    state.fieldErrors?.[field] ? t(`errors.${state.fieldErrors[field]}`) : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? email}
        error={err("email")}
      />
      <Field
        name="name"
        label={t("name")}
        autoComplete="name"
        defaultValue={state.values?.name}
        error={err("name")}
      />
      <NewPasswordField label={t("password")} hint={t("passwordHint")} error={err("password")} />
      <Button disabled={pending}>{t("signUpSubmit")}</Button>
    </form>
  );
}
