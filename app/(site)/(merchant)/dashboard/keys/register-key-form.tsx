"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/dashboard/form-controls";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { registerKeyAction, type RegisterKeyState } from "./actions";

const IDLE: RegisterKeyState = { status: "idle" };

/** Paste a public key (PEM); errors appear under the field and name it. Works without JavaScript. */
export function RegisterKeyForm() {
  const t = useTranslations("dashboard.keys");
  const [state, action, pending] = useActionState(registerKeyAction, IDLE);
  const refused =
    state.status === "error" && (state.problem === "forbidden" || state.problem === "not_found");
  const fieldError =
    state.status === "error" && !refused
      ? t("problemOfField", { problem: t(`problems.${state.problem}`) })
      : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "done" ? (
        <Alert tone="success">
          {t("registered", { keyId: state.keyId, fingerprint: state.fingerprint })}
        </Alert>
      ) : null}
      {refused ? <Alert tone="error">{t(`problems.${state.problem}`)}</Alert> : null}
      <TextareaField
        name="publicKeyPem"
        label={t("publicKeyLabel")}
        hint={t("publicKeyHint")}
        rows={8}
        spellCheck={false}
        autoComplete="off"
        required
        placeholder={"-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----"}
        defaultValue={state.status === "error" ? state.value : undefined}
        key={state.status === "done" ? state.keyId : "pem"}
        error={fieldError}
      />
      <div>
        <Button disabled={pending}>{t("register")}</Button>
      </div>
    </form>
  );
}
