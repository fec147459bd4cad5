import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { bankStatuses } from "@/lib/bank-gateway/enabled-banks";
import { setBankEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Banks" };

export default async function BanksPage() {
  await requireUser(["ADMIN"], "/admin/banks");
  const t = await getTranslations("admin");
  const locale = await getLocale();
  const banks = await bankStatuses(db);
  return (
    <div>
      <PageTitle lead={t("banksLead")}>{t("banks")}</PageTitle>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="p-3">
              {t("bank")}
            </th>
            <th scope="col">{t("wireFormat")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {banks.map((bank) => (
            <tr key={bank.code} className="border-b border-slate-100">
              <td className="p-3">
                <span
                  aria-hidden="true"
                  className="mr-2 inline-block h-3 w-3 rounded-full"
                  style={{ background: bank.colour }}
                />
                {bank.name[locale === "zh" ? "zh" : "en"]}{" "}
                <span className="text-slate-600">({bank.code})</span>
              </td>
              <td>{bank.wireFormat}</td>
              <td data-testid={`bank-status-${bank.code}`}>{bank.enabled ? t("enabled") : t("disabled")}</td>
              <td className="p-3 text-right">
                <form action={setBankEnabledAction}>
                  <input type="hidden" name="code" value={bank.code} />
                  <input type="hidden" name="enabled" value={bank.enabled ? "false" : "true"} />
                  <Button
                    variant="secondary"
                    aria-label={`${bank.enabled ? t("disable") : t("enable")} ${bank.name.en}`}
                  >
                    {bank.enabled ? t("disable") : t("enable")}
                  </Button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
