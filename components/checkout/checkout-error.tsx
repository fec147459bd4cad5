"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/forms/action-state";

/** The form-level error of a checkout form, translated (with the retry delay where there is one). */
export function CheckoutError({ state }: { state: ActionState }) {
  const t = useTranslations("checkout.errors");
  if (!state.formError) return null;
  return <Alert tone="error">{t(state.formError, { seconds: state.values?.seconds ?? "60" })}</Alert>;
}
