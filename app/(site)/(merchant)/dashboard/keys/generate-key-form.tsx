"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CopyField } from "@/components/dashboard/copy-field";
import { WarningNote } from "@/components/dashboard/warning-note";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { generateKeyAction, type GenerateKeyState } from "./actions";

const IDLE: GenerateKeyState = { status: "idle" };

/**
 * Generates a key pair and shows the private key this once, with a download link (a data: URL, so
 * nothing is fetched again) and a warning: the gateway keeps no copy.
 */
export function GenerateKeyForm() {
  const t = useTranslations("dashboard.keys");
  const [state, action, pending] = useActionState(generateKeyAction, IDLE);
  return (
    <div className="flex flex-col gap-4">
      {state.status === "done" ? (
        <div className="flex flex-col gap-3" data-testid="generated-key">
          <WarningNote>
            <strong className="block">{t("privateKeyWarningTitle")}</strong>
            {t("privateKeyWarning", { keyId: state.keyId })}
          </WarningNote>
          <p className="text-sm">
            {t("keyIdIs")}{" "}
            <code className="font-mono font-semibold" data-testid="generated-key-id">
              {state.keyId}
            </code>
          </p>
          <CopyField
            id="generated-private-key"
            label={t("privateKeyLabel")}
            value={state.privateKeyPem}
            copyLabel={t("copy")}
            copiedLabel={t("copied")}
            rows={10}
            testId="generated-private-key"
          />
          <a
            href={`data:application/x-pem-file;charset=utf-8,${encodeURIComponent(state.privateKeyPem)}`}
            download={`paylane-${state.keyId}.pem`}
            className="text-sm text-brand-600 underline focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {t("download")}
          </a>
        </div>
      ) : null}
      {state.status === "error" ? <Alert tone="error">{t(`problems.${state.problem}`)}</Alert> : null}
      <form action={action}>
        <Button disabled={pending} variant={state.status === "done" ? "secondary" : "primary"}>
          {state.status === "done" ? t("generateAnother") : t("generate")}
        </Button>
      </form>
    </div>
  );
}
