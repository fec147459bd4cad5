"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { IDLE } from "@/lib/forms/action-state";
import { resendVerificationAction } from "./actions";

export function ResendVerificationForm({ email }: { email: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(resendVerificationAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-3 border-t border-slate-200 pt-4" noValidate>
      <h2 className="text-base font-semibold">{t("resendTitle")}</h2>
      {state.status === "done" ? <Alert tone="success">{t("resendDone")}</Alert> : null}
      {state.formError ? <Alert tone="error">{t(state.formError)}</Alert> : null}
      <Field
        name="email"
        id="resend-email"
        type="email"
        label={t("email")}
        defaultValue={state.values?.email ?? email}
        error={state.fieldErrors?.email ? t(state.fieldErrors.email) : undefined}
      />
      <Button variant="secondary" disabled={pending}>
        {t("resendSubmit")}
      </Button>
    </form>
  );
}
