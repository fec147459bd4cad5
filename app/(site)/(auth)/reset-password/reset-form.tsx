"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/ui/new-password-field";
import { Alert } from "@/components/ui/alert";
import { IDLE } from "@/lib/forms/action-state";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(resetPasswordAction, IDLE);
  if (state.status === "done") {
    return (
      <>
        <Alert tone="success">{t("resetDone")}</Alert>
        <Link href="/signin" className="text-brand-600 underline">
          {t("signInSubmit")}
        </Link>
      </>
    );
  }
  const passwordError = state.fieldErrors?.password ?? state.fieldErrors?.form;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.formError ? <Alert tone="error">{t(state.formError)}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField
        label={t("newPassword")}
        hint={t("passwordHint")}
        error={passwordError ? t(`errors.${passwordError}`) : undefined}
      />
      <Button disabled={pending}>{t("resetSubmit")}</Button>
    </form>
  );
}
