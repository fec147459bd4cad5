import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { WALLET_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { formatCny } from "@/lib/money";
import { listTransfers } from "@/lib/transfers";
import { cancelTransferAction } from "./actions";

export const metadata: Metadata = { title: "Transfers" };

const NOTICES = ["cancelled", "too-late", "missing"] as const;

export default async function TransfersPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireUser(WALLET_ROLES, "/wallet/transfers");
  const t = await getTranslations("transfers");
  const format = await getFormatter();
  const transfers = await listTransfers(db, user.id);
  const requested = (await searchParams).notice;
  const notice = NOTICES.find((n) => n === requested);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/wallet" className="text-sm text-brand-600 underline">
          {t("backToWallet")}
        </Link>
        <PageTitle>{t("listTitle")}</PageTitle>
      </div>
      {notice ? (
        <Alert tone={notice === "cancelled" ? "success" : "error"}>{t(`notices.${notice}`)}</Alert>
      ) : null}
      {transfers.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {transfers.map((transfer) => {
            const sent = transfer.senderId === user.id;
            return (
              <li
                key={transfer.id}
                className="flex flex-wrap items-center justify-between gap-4 p-4"
                data-testid="transfer-row"
              >
                <div className="flex flex-col">
                  <span>
                    {sent
                      ? t("sentTo", { email: transfer.recipientEmail })
                      : t("receivedFrom", { email: transfer.sender.email })}
                    {transfer.note ? <span className="text-slate-600"> · {transfer.note}</span> : null}
                  </span>
                  <span className="text-sm text-slate-600">
                    {format.dateTime(transfer.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                    {t("pairingCode")} <span className="font-mono">{transfer.pairingCode}</span> ·{" "}
                    <span data-testid="transfer-status">{t(`statuses.${transfer.status}`)}</span>
                    {transfer.status === "UNCLAIMED" && transfer.expiresAt
                      ? ` · ${t("returnsOn", { date: format.dateTime(transfer.expiresAt, { dateStyle: "medium" }) })}`
                      : null}
                  </span>
                </div>
                <div className="flex items-center gap-4">
                  <span
                    className={`tabular-nums ${
                      // Money that came back moved nowhere in the end: shown struck through, not as spent.
                      transfer.status === "CANCELLED" || transfer.status === "RETURNED"
                        ? "text-slate-500 line-through"
                        : sent
                          ? "text-red-700"
                          : "text-green-800"
                    }`}
                  >
                    {sent ? "−" : "+"}
                    {formatCny(transfer.amount)}
                  </span>
                  {sent && transfer.status === "UNCLAIMED" ? (
                    <form action={cancelTransferAction}>
                      <input type="hidden" name="transferId" value={transfer.id} />
                      <Button variant="secondary">{t("cancel")}</Button>
                    </form>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
