import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/dashboard/form-controls";
import { TableHead } from "@/components/admin/table-head";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { Alert } from "@/components/ui/alert";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { bankRegistry } from "@/lib/bank-gateway/registry";
import { db } from "@/lib/db";
import { getMerchantBalance } from "@/lib/balances/get-merchant-balance";
import { formatCny } from "@/lib/money";
import { listWithdrawals } from "@/lib/withdrawals/list-withdrawals";
import { openDashboard } from "../_lib/gate";
import { GateRefusal } from "../_lib/gate-refusal";
import { registerBankAccountAction, requestWithdrawalAction } from "./actions";

export const metadata: Metadata = { title: "Withdrawals" };

const GOOD = ["requested", "accountAdded"];

/** Withdraw the available balance to a registered bank account; every withdrawal with its status. */
export default async function WithdrawalsPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string; field?: string }>;
}) {
  const t = await getTranslations("withdrawals");
  const gate = await openDashboard("withdrawals.create", "/dashboard/withdrawals");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const locale = await getLocale();
  const format = await getFormatter();
  const [{ withdrawals, bankAccounts, merchant }, balance] = await Promise.all([
    listWithdrawals(db, { userId: gate.user.id, merchantId: gate.merchant.id }),
    getMerchantBalance(db, gate.merchant.id),
  ]);
  const banks = bankRegistry().list();
  const bankName = (code: string) =>
    banks.find((b) => b.code === code)?.name[locale === "zh" ? "zh" : "en"] ?? code;
  const { notice, field } = await searchParams;
  const noticeKey = notice === "invalid_request" && field ? `invalid_${field}` : notice;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <NoticeAlert namespace="withdrawals.notices" notice={noticeKey} good={GOOD} />
      {!merchant.agreementSignedAt ? <Alert tone="info">{t("closed")}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("available")}>
          <p className="text-3xl font-bold tabular-nums" data-testid="withdrawable-balance">
            {formatCny(balance.available)}
          </p>
          <p className="mt-2 text-sm text-slate-700">
            {t("limit", { limit: formatCny(merchant.withdrawalLimit) })}
          </p>
        </Card>
        <Card title={t("withdraw")}>
          {bankAccounts.length === 0 ? (
            <p className="text-slate-700">{t("noAccount")}</p>
          ) : (
            <form action={requestWithdrawalAction} className="flex flex-col gap-3">
              <SelectField
                name="bankAccountId"
                label={t("to")}
                options={bankAccounts.map((a) => ({
                  value: a.id,
                  label: `${bankName(a.bankCode)} ****${a.last4} (${a.accountName})`,
                }))}
              />
              <Field name="amount" label={t("amount")} hint={t("amountHint")} inputMode="decimal" required />
              <div>
                <Button>{t("withdrawButton")}</Button>
              </div>
            </form>
          )}
        </Card>
      </div>
      <Card title={t("history")}>
        {withdrawals.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <TableRegion label={t("history")}>
            <table className="w-full text-sm" data-testid="withdrawals">
              <TableHead columns={[t("when"), t("amount"), t("to"), t("status")]} />
              <tbody>
                {withdrawals.map((w) => (
                  <tr key={w.id} className="border-b border-slate-100">
                    <td className={TD}>
                      {format.dateTime(w.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </td>
                    <td className={`${TD} tabular-nums`}>{formatCny(w.amount)}</td>
                    <td className={TD}>
                      {bankName(w.bankCode)} ****{w.bankAccount?.last4 ?? w.accountLast4}
                    </td>
                    <td className={TD}>
                      {t(`statuses.${w.status}`)}
                      {w.failureReason ? ` (${w.failureReason})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </Card>
      <Card title={t("addAccount")}>
        <form action={registerBankAccountAction} className="grid items-end gap-3 md:grid-cols-4">
          <SelectField
            name="bankCode"
            label={t("bank")}
            options={banks.map((b) => ({ value: b.code, label: b.name[locale === "zh" ? "zh" : "en"] }))}
          />
          <Field name="accountName" label={t("accountName")} required autoComplete="off" />
          <Field
            name="accountNumber"
            label={t("accountNumber")}
            inputMode="numeric"
            required
            autoComplete="off"
          />
          <div>
            <Button variant="secondary">{t("addAccountButton")}</Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
