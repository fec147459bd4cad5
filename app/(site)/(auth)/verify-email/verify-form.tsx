"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { IDLE } from "@/lib/forms/action-state";
import { verifyEmailAction } from "./actions";

/** Verification is a POST behind a button: mail scanners that prefetch links must not verify for the user. */
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(verifyEmailAction, IDLE);
  if (state.status === "done") {
    return (
      <>
        <Alert tone="success">{t("verifiedText")}</Alert>
        <Link href="/signin" className="text-brand-600 underline">
          {t("signInSubmit")}
        </Link>
      </>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.formError ? <Alert tone="error">{t(state.formError)}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Button disabled={pending}>{t("verifySubmit")}</Button>
    </form>
  );
}
