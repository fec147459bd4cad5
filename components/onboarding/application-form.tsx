"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/dashboard/form-controls";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { IDLE, type ActionState } from "@/lib/forms/action-state";

export type ApplicationDefaults = {
  products: string[];
  siteName: string;
  siteUrl: string;
  businessDescription: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
};

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  defaults: ApplicationDefaults;
  /** Products that can be applied for (those not approved yet), with their names. */
  products: { value: string; label: string; hint: string }[];
};

/**
 * The self-service application. "Agree and activate" first shows the risk notice in a dialog (with
 * JavaScript); without it the same notice sits above the button and the checkbox must be ticked.
 */
export function ApplicationForm({ action, defaults, products }: Props) {
  const t = useTranslations("onboarding");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const err = (field: string) => (state.fieldErrors?.[field] ? t(`errors.${field}`) : undefined);
  const value = (field: keyof ApplicationDefaults) => (state.values?.[field] ?? defaults[field]) as string;
  return (
    <form
      ref={form}
      action={formAction}
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        if (confirmed.current || !dialog.current) return;
        event.preventDefault();
        dialog.current.showModal();
      }}
    >
      {state.formError ? <Alert tone="error">{t(`formErrors.${state.formError}`)}</Alert> : null}
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={err("products") ? "products-error" : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("products")}</legend>
        {products.map((product) => (
          <label key={product.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="products"
              value={product.value}
              defaultChecked={defaults.products.includes(product.value)}
              className="mt-1 h-4 w-4"
            />
            <span>
              <span className="font-medium">{product.label}</span>
              <span className="block text-slate-600">{product.hint}</span>
            </span>
          </label>
        ))}
        {err("products") ? (
          <p id="products-error" className="text-sm text-red-700">
            {err("products")}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          name="siteName"
          label={t("siteName")}
          hint={t("siteNameHint")}
          required
          defaultValue={value("siteName")}
          error={err("siteName")}
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
      </div>
      <TextareaField
        name="businessDescription"
        label={t("businessDescription")}
        hint={t("businessDescriptionHint")}
        rows={4}
        required
        className="[&_textarea]:font-sans [&_textarea]:text-base"
        defaultValue={value("businessDescription")}
        error={err("businessDescription")}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <Field
          name="contactName"
          label={t("contactName")}
          autoComplete="name"
          required
          defaultValue={value("contactName")}
          error={err("contactName")}
        />
        <Field
          name="contactPhone"
          type="tel"
          label={t("contactPhone")}
          autoComplete="tel"
          required
          defaultValue={value("contactPhone")}
          error={err("contactPhone")}
        />
        <Field
          name="contactEmail"
          type="email"
          label={t("contactEmail")}
          autoComplete="email"
          required
          defaultValue={value("contactEmail")}
          error={err("contactEmail")}
        />
      </div>
      <Alert tone="info">
        <strong>{t("riskTitle")}</strong> {t("riskNotice")}
      </Alert>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="agreement"
          className="mt-1 h-4 w-4"
          aria-invalid={err("agreement") ? true : undefined}
        />
        <span>{t("agreementCheckbox")}</span>
      </label>
      {err("agreement") ? <p className="text-sm text-red-700">{err("agreement")}</p> : null}
      <div>
        <Button disabled={pending}>{t("submit")}</Button>
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="risk-dialog-title"
        className="m-auto max-w-lg rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id="risk-dialog-title" className="mb-3 text-lg font-semibold">
          {t("riskTitle")}
        </h2>
        <p className="mb-4 text-slate-800">{t("riskNotice")}</p>
        <div className="flex gap-3">
          <Button
            type="button"
            onClick={() => {
              confirmed.current = true;
              dialog.current?.close();
              form.current?.requestSubmit();
              confirmed.current = false;
            }}
          >
            {t("riskConfirm")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {t("riskBack")}
          </Button>
        </div>
      </dialog>
    </form>
  );
}
