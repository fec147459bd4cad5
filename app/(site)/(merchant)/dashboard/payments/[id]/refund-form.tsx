"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { refundPaymentAction, type RefundFormState } from "./refund-actions";

const IDLE: RefundFormState = { status: "idle" };

/**
 * Full or partial refund of a paid payment. `refundId` is drawn with the page, so a double submit
 * (or a retried request) refunds once. Works without JavaScript.
 */
export function RefundForm({
  paymentId,
  refundId,
  left,
}: {
  paymentId: string;
  refundId: string;
  left: string;
}) {
  const t = useTranslations("dashboard.refund");
  const [state, action, pending] = useActionState(refundPaymentAction, IDLE);
  const error = state.status === "error" ? t(`problems.${state.problem}`) : undefined;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      {state.status === "done" ? (
        <Alert tone="success">
          {t(state.refundStatus === "SUCCEEDED" ? "doneSucceeded" : "doneProcessing", {
            refundId: state.refundId,
          })}
        </Alert>
      ) : null}
      {state.status === "error" && state.field === null ? <Alert tone="error">{error}</Alert> : null}
      <input type="hidden" name="paymentId" value={paymentId} />
      <input type="hidden" name="refundId" value={refundId} />
      <Field
        name="amount"
        label={t("amountLabel")}
        hint={t("amountHint", { left })}
        inputMode="decimal"
        autoComplete="off"
        required
        defaultValue={state.status === "error" ? state.amount : left}
        error={state.status === "error" && state.field === "amount" ? error : undefined}
      />
      <Field
        name="reason"
        label={t("reasonLabel")}
        hint={t("reasonHint")}
        maxLength={256}
        defaultValue={state.status === "error" ? state.reason : ""}
        error={state.status === "error" && state.field === "reason" ? error : undefined}
      />
      <div>
        <Button disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
