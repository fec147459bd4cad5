import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { TableHead } from "@/components/admin/table-head";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/lib/auth/session";
import { enabledBanks } from "@/lib/bank-gateway/enabled-banks";
import { listAgents } from "@/lib/commissions/list-agents";
import { db } from "@/lib/db";
import { formatCny } from "@/lib/money";
import { CreateAgentForm } from "./create-agent-form";

export const metadata: Metadata = { title: "Agents" };

/** Agents (service providers): who brought which merchants, their share of the fee, what they are owed. */
export default async function AgentsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requireUser(["ADMIN"], "/admin/agents");
  const t = await getTranslations("admin.agents");
  const locale = await getLocale();
  const [agents, banks] = await Promise.all([listAgents(db), enabledBanks(db)]);
  const { notice } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <NoticeAlert namespace="admin.agents.notices" notice={notice} good={[]} />
      {agents.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table className="w-full text-sm" data-testid="agents">
            <caption className="sr-only">{t("title")}</caption>
            <TableHead columns={[t("agent"), t("share"), t("merchants"), t("owed")]} />
            <tbody>
              {agents.map((agent) => (
                <tr key={agent.id} className="border-b border-slate-100 last:border-0">
                  <td className={TD}>
                    <Link href={`/admin/agents/${agent.id}`} className="font-medium text-brand-700 underline">
                      {agent.name}
                    </Link>
                    <span className="block text-slate-600">{agent.email}</span>
                  </td>
                  <td className={`${TD} tabular-nums`}>{agent.commissionShareBps / 100}%</td>
                  <td className={`${TD} tabular-nums`}>{agent.merchantCount}</td>
                  <td className={`${TD} tabular-nums`}>{formatCny(agent.owed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <Card title={t("create")}>
        <CreateAgentForm
          banks={banks.map((bank) => ({ value: bank.code, label: bank.name[locale === "zh" ? "zh" : "en"] }))}
        />
      </Card>
    </div>
  );
}
