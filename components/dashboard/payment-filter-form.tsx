import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ParsedPaymentFilters } from "@/lib/merchant-dashboard/payment-filters";
import { METHOD_PARAMS, STATUS_PARAMS } from "@/lib/merchant-dashboard/payment-filters";
import { SelectField } from "./form-controls";

/** The payments list's search: a plain GET form, so it works without JavaScript and links can be shared. */
export async function PaymentFilterForm({ parsed }: { parsed: ParsedPaymentFilters }) {
  const t = await getTranslations("dashboard.payments");
  const invalid = (field: (typeof parsed.invalid)[number]) =>
    parsed.invalid.includes(field) ? t(`invalid.${field}`) : undefined;
  return (
    <form
      method="get"
      action="/dashboard/payments"
      role="search"
      aria-label={t("searchLabel")}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <Field
        name="q"
        label={t("orderId")}
        hint={t("orderIdHint")}
        defaultValue={parsed.query.q}
        error={invalid("q")}
        autoComplete="off"
        spellCheck={false}
        className="sm:col-span-2"
      />
      <SelectField
        name="status"
        label={t("status")}
        defaultValue={parsed.query.status ?? ""}
        error={invalid("status")}
        options={[
          { value: "", label: t("any") },
          ...Object.entries(STATUS_PARAMS).map(([value, status]) => ({
            value,
            label: t(`statuses.${status}`),
          })),
        ]}
      />
      <SelectField
        name="method"
        label={t("method")}
        defaultValue={parsed.query.method ?? ""}
        error={invalid("method")}
        options={[
          { value: "", label: t("any") },
          ...Object.entries(METHOD_PARAMS).map(([value, method]) => ({
            value,
            label: t(`methods.${method}`),
          })),
        ]}
      />
      <Field
        name="from"
        type="date"
        label={t("from")}
        defaultValue={parsed.query.from}
        error={invalid("from")}
      />
      <Field name="to" type="date" label={t("to")} defaultValue={parsed.query.to} error={invalid("to")} />
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-6">
        <Button>{t("search")}</Button>
        <Link href="/dashboard/payments" className={buttonClass("secondary")}>
          {t("clear")}
        </Link>
        <p className="text-sm text-slate-600">{t("timeZoneNote")}</p>
      </div>
    </form>
  );
}
