import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { formatCny } from "@/lib/money";

export const metadata: Metadata = { title: "Top-up" };

const PAYMENT_ID = /^pay_[0-9a-z]{26}$/;

/** Where the bank sends the payer back: how their top-up stands (it may still be on its way). */
export default async function TopUpResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(WALLET_ROLES, `/wallet/top-up/${encodeURIComponent(id)}`);
  const t = await getTranslations("topUp");
  // Only the user's own top-up: anyone else's id is the same 404 as a made-up one.
  const topUp = PAYMENT_ID.test(id)
    ? await db.payment.findFirst({
        where: { id, topUpUserId: user.id },
        select: {
          amount: true,
          status: true,
          attempts: { select: { status: true }, orderBy: { createdAt: "desc" }, take: 1 },
        },
      })
    : null;
  if (!topUp) notFound();
  const declined = topUp.status === "PENDING" && topUp.attempts[0]?.status === "DECLINED";
  const outcome =
    topUp.status === "SUCCEEDED"
      ? "succeeded"
      : declined
        ? "declined"
        : topUp.status === "PENDING"
          ? "pending"
          : "ended";
  return (
    <div className="flex flex-col gap-6">
      <PageTitle>{t("resultTitle", { amount: formatCny(topUp.amount) })}</PageTitle>
      <Alert tone={outcome === "succeeded" ? "success" : outcome === "pending" ? "info" : "error"}>
        <span data-testid="top-up-outcome">{t(`outcomes.${outcome}`)}</span>
      </Alert>
      <p className="flex gap-4">
        <Link href="/wallet" className="text-brand-600 underline">
          {t("backToWallet")}
        </Link>
        {outcome === "succeeded" ? null : (
          <Link href="/wallet/top-up" className="text-brand-600 underline">
            {t("tryAgain")}
          </Link>
        )}
      </p>
    </div>
  );
}
