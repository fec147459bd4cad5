import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { formatCny } from "@/lib/money";
import { getBalance, accounts } from "@/lib/ledger";
import { DAILY_SEND_LIMIT, PASSWORD_RECHECK_ABOVE } from "@/lib/transfers";
import { SendForm } from "./send-form";

export const metadata: Metadata = { title: "Send money" };

export default async function SendMoneyPage() {
  const user = await requireUser(WALLET_ROLES, "/wallet/send");
  const t = await getTranslations("transfers");
  const balance = await getBalance(db, accounts.wallet(user.id));
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/wallet" className="text-sm text-brand-600 underline">
          {t("backToWallet")}
        </Link>
        <PageTitle lead={t("sendLead", { balance: formatCny(balance) })}>{t("sendTitle")}</PageTitle>
      </div>
      <SendForm
        idempotencyKey={newId("snd")}
        recheckAbove={formatCny(PASSWORD_RECHECK_ABOVE)}
        dailyLimit={formatCny(DAILY_SEND_LIMIT)}
      />
    </div>
  );
}
