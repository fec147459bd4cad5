import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DailyStatementForm, MonthPicker } from "@/components/statements/statement-forms";
import { MonthlySummaryTable } from "@/components/statements/monthly-summary-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { param, type SearchParams } from "@/lib/merchant-dashboard/search-params";
import { getMonthlySummary } from "@/lib/statements/get-monthly-summary";
import { shanghaiMonth } from "@/lib/statements/statement-period";
import { GateRefusal } from "../_lib/gate-refusal";
import { openDashboard } from "../_lib/gate";

export const metadata: Metadata = { title: "Statements" };

/** The month asked for, or this month when it is missing or refused (the page then says why). */
async function summaryFor(merchantId: string, month: string | undefined, currentMonth: string) {
  try {
    return {
      summary: await getMonthlySummary(db, { merchantId, month: month ?? currentMonth }),
      refused: false,
    };
  } catch (error) {
    if (!isAppError(error) || error.code !== "invalid_request") throw error;
    return { summary: await getMonthlySummary(db, { merchantId, month: currentMonth }), refused: true };
  }
}

export default async function StatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const gate = await openDashboard("payments.view", "/dashboard/statements");
  const t = await getTranslations("statements");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("title")} />;
  const params = await searchParams;
  const at = now();
  const currentMonth = shanghaiMonth(at);
  const { summary, refused } = await summaryFor(gate.merchant.id, param(params, "month"), currentMonth);
  const invalid = refused ? "month" : param(params, "invalid");
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {invalid === "date" || invalid === "month" ? (
        <Alert tone="error">{t(`invalid.${invalid}`)}</Alert>
      ) : null}
      <DailyStatementForm today={shanghaiDay(at)} />
      <Card title={t("monthly.title")}>
        <div className="flex flex-col gap-4">
          <MonthPicker month={summary.month} currentMonth={currentMonth} />
          <MonthlySummaryTable summary={summary} />
          <p className="text-sm text-slate-600">{t("monthly.netNote")}</p>
        </div>
      </Card>
    </div>
  );
}
