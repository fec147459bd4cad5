import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { TableHead } from "@/components/admin/table-head";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { bankRegistry } from "@/lib/bank-gateway/registry";
import { monthBefore } from "@/lib/commissions/commission-month";
import { commissionMonths } from "@/lib/commissions/commission-movements";
import { getAgent } from "@/lib/commissions/list-agents";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { formatCny } from "@/lib/money";
import { payAgentMonthAction, setAgentShareAction, setMerchantAgentAction } from "../actions";

export const metadata: Metadata = { title: "Agent" };

const GOOD = ["created", "share", "merchantAdded", "merchantRemoved", "paid"];

/** One agent: share, merchants, commissions month by month with statements, payouts. */
export default async function AgentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const { id } = await params;
  await requireUser(["ADMIN"], `/admin/agents/${encodeURIComponent(id)}`);
  const agent = await getAgent(db, id);
  if (!agent) notFound();
  const [t, format, locale, months] = await Promise.all([
    getTranslations("admin.agents"),
    getFormatter(),
    getLocale(),
    commissionMonths(db, agent.id),
  ]);
  const bank = bankRegistry()
    .list()
    .find((b) => b.code === agent.bankCode);
  const bankName = bank ? bank.name[locale === "zh" ? "zh" : "en"] : agent.bankCode;
  const { notice } = await searchParams;
  const hidden = <input type="hidden" name="agentId" value={agent.id} />;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/admin/agents" className="text-sm text-brand-600 underline">
          {t("back")}
        </Link>
        <PageTitle lead={`${agent.email} · ${bankName} ****${agent.accountLast4} (${agent.accountName})`}>
          {agent.name}
        </PageTitle>
      </div>
      <NoticeAlert namespace="admin.agents.notices" notice={notice} good={GOOD} />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("owed")}>
          <p className="text-3xl font-bold tabular-nums" data-testid="agent-owed">
            {formatCny(agent.owed)}
          </p>
          <p className="mt-1 text-sm text-slate-600">{t("payHint")}</p>
          <form action={payAgentMonthAction} className="mt-3 flex flex-wrap items-end gap-2">
            {hidden}
            <Field
              name="month"
              label={t("payMonth")}
              defaultValue={monthBefore(shanghaiDay(now()))}
              required
            />
            <Button variant="secondary">{t("payNow")}</Button>
          </form>
        </Card>
        <Card title={t("share")}>
          <form action={setAgentShareAction} className="flex flex-wrap items-end gap-2">
            {hidden}
            <Field
              name="sharePercent"
              label={t("sharePercent")}
              hint={t("shareHint")}
              defaultValue={String(agent.commissionShareBps / 100)}
              inputMode="decimal"
              required
            />
            <Button variant="secondary">{t("saveShare")}</Button>
          </form>
        </Card>
      </div>
      <Card title={t("merchants")}>
        <ul className="mb-3 flex flex-col gap-2" data-testid="agent-merchants">
          {agent.merchants.map((merchant) => (
            <li key={merchant.id} className="flex flex-wrap items-center gap-2">
              <span>{merchant.name}</span>
              <span className="font-mono text-xs text-slate-600">{merchant.id}</span>
              <form action={setMerchantAgentAction}>
                {hidden}
                <input type="hidden" name="merchantId" value={merchant.id} />
                <input type="hidden" name="remove" value="true" />
                <Button variant="secondary" aria-label={t("removeMerchant", { name: merchant.name })}>
                  {t("remove")}
                </Button>
              </form>
            </li>
          ))}
        </ul>
        <form action={setMerchantAgentAction} className="flex flex-wrap items-end gap-2">
          {hidden}
          <Field name="merchantId" label={t("merchantId")} required />
          <Button variant="secondary">{t("addMerchant")}</Button>
        </form>
      </Card>
      <section aria-labelledby="months-heading" className="flex flex-col gap-3">
        <h2 id="months-heading" className="text-xl font-semibold text-slate-900">
          {t("months")}
        </h2>
        <p className="text-sm text-slate-700">{t("monthsLead")}</p>
        {months.length === 0 ? (
          <p className="text-slate-700">{t("noCommissions")}</p>
        ) : (
          <TableRegion label={t("months")}>
            <table className="w-full text-sm" data-testid="commission-months">
              <caption className="sr-only">{t("months")}</caption>
              <TableHead
                columns={[
                  t("month"),
                  t("payments"),
                  t("fees"),
                  t("accrued"),
                  t("reversed"),
                  t("paidOut"),
                  t("returned"),
                  t("net"),
                  t("statement"),
                ]}
              />
              <tbody>
                {months.map((m) => (
                  <tr
                    key={m.month}
                    className="border-b border-slate-100 last:border-0"
                    data-testid={`month-${m.month}`}
                  >
                    <td className={`${TD} font-mono`}>{m.month}</td>
                    <td className={`${TD} tabular-nums`}>{m.payments}</td>
                    <td className={`${TD} tabular-nums`}>{formatCny(m.fees)}</td>
                    <td className={`${TD} tabular-nums`}>{formatCny(m.accrued)}</td>
                    <td className={`${TD} tabular-nums`}>{formatCny(m.reversed)}</td>
                    <td className={`${TD} tabular-nums`}>{formatCny(m.paidOut)}</td>
                    <td className={`${TD} tabular-nums`}>{formatCny(m.returned)}</td>
                    <td className={`${TD} tabular-nums`}>{formatCny(m.net)}</td>
                    <td className={TD}>
                      <a
                        href={`/admin/agents/${agent.id}/statement?month=${m.month}`}
                        className="text-brand-700 underline"
                        download
                      >
                        {t("download", { month: m.month })}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
      <section aria-labelledby="payouts-heading" className="flex flex-col gap-3">
        <h2 id="payouts-heading" className="text-xl font-semibold text-slate-900">
          {t("payouts")}
        </h2>
        {agent.payouts.length === 0 ? (
          <p className="text-slate-700">{t("noPayouts")}</p>
        ) : (
          <TableRegion label={t("payouts")}>
            <table className="w-full text-sm" data-testid="commission-payouts">
              <caption className="sr-only">{t("payouts")}</caption>
              <TableHead columns={[t("month"), t("amount"), t("accruals"), t("status"), t("created")]} />
              <tbody>
                {agent.payouts.map((payout) => (
                  <tr
                    key={payout.id}
                    className="border-b border-slate-100 last:border-0"
                    data-testid={`payout-${payout.month}`}
                  >
                    <td className={`${TD} font-mono`}>
                      {payout.month}
                      <span className="block text-xs text-slate-600">{payout.id}</span>
                    </td>
                    <td className={`${TD} tabular-nums`}>{formatCny(payout.amount)}</td>
                    <td className={`${TD} tabular-nums`}>{payout.accrualCount}</td>
                    <td className={TD}>
                      {t(`payoutStatuses.${payout.status}`)}
                      {payout.status === "FAILED" && payout.withdrawal?.failureReason ? (
                        <span className="block text-xs text-slate-600">
                          {t("bankSaid", { reason: payout.withdrawal.failureReason })}
                        </span>
                      ) : null}
                    </td>
                    <td className={TD}>
                      {format.dateTime(payout.createdAt, { dateStyle: "short", timeStyle: "short" })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </div>
  );
}
