import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/dashboard/form-controls";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ParsedWalletHistory, WalletHistoryField } from "@/lib/wallet/history-filters";
import { DIRECTIONS, MOVEMENT_KINDS } from "@/lib/wallet/movement-kinds";

/** The history's filters: a plain GET form, so it works without JavaScript and links can be shared. */
export async function HistoryFilterForm({ parsed }: { parsed: ParsedWalletHistory }) {
  const t = await getTranslations("wallet.movements");
  const invalid = (field: WalletHistoryField) =>
    parsed.invalid.includes(field) ? t(`invalid.${field}`) : undefined;
  return (
    <form
      method="get"
      action="/wallet"
      role="search"
      aria-label={t("filterLabel")}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <SelectField
        name="direction"
        label={t("direction")}
        defaultValue={parsed.query.direction ?? ""}
        error={invalid("direction")}
        options={[
          { value: "", label: t("any") },
          ...DIRECTIONS.map((value) => ({ value, label: t(`directions.${value}`) })),
        ]}
      />
      <SelectField
        name="type"
        label={t("type")}
        defaultValue={parsed.query.type ?? ""}
        error={invalid("type")}
        options={[
          { value: "", label: t("any") },
          ...MOVEMENT_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) })),
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
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-4">
        <Button>{t("filter")}</Button>
        <Link href="/wallet" className={buttonClass("secondary")}>
          {t("clear")}
        </Link>
        <p className="text-sm text-slate-600">{t("timeZoneNote")}</p>
      </div>
    </form>
  );
}
