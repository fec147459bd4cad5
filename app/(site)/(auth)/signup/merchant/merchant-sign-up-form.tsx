"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/ui/new-password-field";
import { Alert } from "@/components/ui/alert";
import { IDLE } from "@/lib/forms/action-state";
import { merchantSignUpAction } from "./actions";

export function MerchantSignUpForm() {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(merchantSignUpAction, IDLE);
  const err = (field: string) =>
    state.fieldErrors?.[field] ? t(`errors.${state.fieldErrors[field]}`) : undefined;
  const value = (field: string) => state.values?.[field];
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      <Field
        name="companyName"
        label={t("companyName")}
        autoComplete="organization"
        required
        defaultValue={value("companyName")}
        error={err("companyName")}
      />
      <Field
        name="contactName"
        label={t("contactName")}
        autoComplete="name"
        required
        defaultValue={value("contactName")}
        error={err("contactName")}
      />
      <Field
        name="phone"
        type="tel"
        label={t("phone")}
        autoComplete="tel"
        required
        defaultValue={value("phone")}
        error={err("phone")}
      />
      <Field
        name="siteUrl"
        type="url"
        label={t("siteUrl")}
        hint={t("siteUrlHint")}
        required
        defaultValue={value("siteUrl")}
        error={err("siteUrl")}
      />
      <Field
        name="email"
        type="email"
        label={t("ownerEmail")}
        autoComplete="email"
        required
        defaultValue={value("email")}
        error={err("email")}
      />
      <NewPasswordField label={t("password")} hint={t("passwordHint")} error={err("password")} />
      <Button disabled={pending}>{t("merchantSignUpSubmit")}</Button>
    </form>
  );
}
