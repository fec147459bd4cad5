import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Pager } from "@/components/dashboard/pager";
import { HistoryFilterForm } from "@/components/wallet/history-filter-form";
import { MovementList } from "@/components/wallet/movement-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { SearchParams } from "@/lib/merchant-dashboard/search-params";
import { formatCny } from "@/lib/money";
import { getWalletOverview } from "@/lib/wallet/get-wallet-overview";
import { parseWalletHistory } from "@/lib/wallet/history-filters";

export const metadata: Metadata = { title: "Wallet" };

export default async function WalletPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser(WALLET_ROLES, "/wallet");
  const t = await getTranslations("wallet");
  const tt = await getTranslations("transfers");
  const parsed = parseWalletHistory(await searchParams);
  const { balance, history } = await getWalletOverview(db, user.id, {
    filter: parsed.filter,
    cursor: parsed.cursor,
  });
  const filtered = Object.keys(parsed.query).length > 0;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("signedInAs", { email: user.email })}>{t("title")}</PageTitle>
      <Card title={t("balance")}>
        <p className="text-3xl font-bold tabular-nums" data-testid="wallet-balance">
          {formatCny(balance)}
        </p>
        <nav aria-label={tt("walletLinks.label")} className="mt-4 flex flex-wrap gap-3">
          <Link href="/wallet/send" className={buttonClass("primary")}>
            {tt("walletLinks.send")}
          </Link>
          <Link href="/wallet/top-up" className={buttonClass("secondary")}>
            {tt("walletLinks.topUp")}
          </Link>
          <Link href="/wallet/withdraw" className={buttonClass("secondary")}>
            {tt("walletLinks.withdraw")}
          </Link>
          <Link href="/wallet/transfers" className={buttonClass("secondary")}>
            {tt("walletLinks.transfers")}
          </Link>
        </nav>
      </Card>
      <Card title={t("history")}>
        <div className="flex flex-col gap-4">
          <HistoryFilterForm parsed={parsed} />
          {parsed.invalid.length > 0 ? <Alert tone="error">{t("movements.invalidNote")}</Alert> : null}
          {history.items.length === 0 ? (
            <p className="text-slate-700">{filtered ? t("movements.noMatches") : t("empty")}</p>
          ) : (
            <MovementList movements={history.items} />
          )}
          <Pager
            basePath="/wallet"
            query={parsed.query}
            cursor={parsed.cursor}
            nextCursor={history.nextCursor}
            labels={{
              nav: t("movements.pages"),
              first: t("movements.firstPage"),
              next: t("movements.nextPage"),
            }}
          />
        </div>
      </Card>
    </div>
  );
}
