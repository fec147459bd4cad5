import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { accounts, getBalance } from "@/lib/ledger";
import { formatCny } from "@/lib/money";
import { bankOptions } from "@/lib/bank-gateway/enabled-banks";
import { listWalletWithdrawals, WALLET_WITHDRAWAL_LIMIT } from "@/lib/withdrawals";
import { WithdrawForm } from "./withdraw-form";

export const metadata: Metadata = { title: "Withdraw" };

export default async function WithdrawPage() {
  const user = await requireUser(WALLET_ROLES, "/wallet/withdraw");
  const t = await getTranslations("walletWithdraw");
  const format = await getFormatter();
  const [banks, balance, withdrawals] = await Promise.all([
    bankOptions(db, await getLocale()),
    getBalance(db, accounts.wallet(user.id)),
    listWalletWithdrawals(db, user.id),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/wallet" className="text-sm text-brand-600 underline">
          {t("backToWallet")}
        </Link>
        <PageTitle lead={t("lead", { balance: formatCny(balance) })}>{t("title")}</PageTitle>
      </div>
      <WithdrawForm banks={banks} idempotencyKey={newId("wdk")} limit={formatCny(WALLET_WITHDRAWAL_LIMIT)} />
      {withdrawals.length > 0 ? (
        <section aria-labelledby="withdrawals-heading" className="flex flex-col gap-2">
          <h2 id="withdrawals-heading" className="text-xl font-semibold text-slate-900">
            {t("recent")}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {withdrawals.map((w) => (
              <li
                key={w.id}
                className="flex flex-wrap justify-between gap-4 p-4"
                data-testid="wallet-withdrawal"
              >
                <span>
                  {format.dateTime(w.createdAt, { dateStyle: "medium", timeStyle: "short" })} · ****
                  {w.accountLast4}
                </span>
                <span className="tabular-nums">
                  {formatCny(w.amount)} · {t(`statuses.${w.status}`)}
                  {w.failureReason ? ` (${w.failureReason})` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
