import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { formatCny } from "@/lib/money";
import { getWalletOverview } from "@/lib/wallet/get-wallet-overview";

export const metadata: Metadata = { title: "Wallet" };

export default async function WalletPage() {
  const user = await requireUser(WALLET_ROLES, "/wallet");
  const t = await getTranslations("wallet");
  const format = await getFormatter();
  const { balance, history } = await getWalletOverview(db, user.id);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("signedInAs", { email: user.email })}>{t("title")}</PageTitle>
      <Card title={t("balance")}>
        <p className="text-3xl font-bold tabular-nums" data-testid="wallet-balance">
          {formatCny(balance)}
        </p>
      </Card>
      <Card title={t("history")}>
        {history.items.length === 0 ? (
          <p className="text-slate-700">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {history.items.map((item) => (
              <li key={item.postingId.toString()} className="flex justify-between gap-4 py-2">
                <span>
                  <span className="block">{item.description}</span>
                  <span className="text-sm text-slate-600">
                    {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                </span>
                <span className={`tabular-nums ${item.change < 0n ? "text-red-700" : "text-green-800"}`}>
                  {item.change > 0n ? "+" : ""}
                  {formatCny(item.change)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
