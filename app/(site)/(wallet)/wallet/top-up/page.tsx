import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { bankOptions } from "@/lib/bank-gateway/enabled-banks";
import { TopUpForm } from "./top-up-form";

export const metadata: Metadata = { title: "Top up" };

export default async function TopUpPage() {
  await requireUser(WALLET_ROLES, "/wallet/top-up");
  const t = await getTranslations("topUp");
  const banks = await bankOptions(db, await getLocale());
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/wallet" className="text-sm text-brand-600 underline">
          {t("backToWallet")}
        </Link>
        <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      </div>
      <TopUpForm banks={banks} />
    </div>
  );
}
