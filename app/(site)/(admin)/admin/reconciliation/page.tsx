import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { TableHead } from "@/components/admin/table-head";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { bankStatuses } from "@/lib/bank-gateway/enabled-banks";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { addDays, shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { listRuns } from "@/lib/reconciliation/list-runs";
import { reconcileNowAction } from "./actions";

export const metadata: Metadata = { title: "Reconciliation" };

const querySchema = z.object({
  notice: z.enum(["succeeded", "failed", "conflict", "invalid", "forbidden"]).optional().catch(undefined),
  run: z.string().max(40).optional().catch(undefined),
});

const summarySchema = z
  .object({ matched: z.number(), mismatches: z.record(z.string(), z.number()) })
  .nullable()
  .catch(null);

/** Runs of the daily reconciliation, and (for admins) a "Reconcile now" per bank for any past day. */
export default async function ReconciliationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser(STAFF_ROLES, "/admin/reconciliation");
  const t = await getTranslations("reconciliation");
  const format = await getFormatter();
  const locale = await getLocale();
  const query = querySchema.parse(await searchParams);
  const [banks, runs] = await Promise.all([bankStatuses(db), listRuns(db)]);
  const today = shanghaiDay(now());
  const noticeRun = query.run ? runs.find((run) => run.id === query.run) : undefined;
  const bankName = (code: string) => {
    const bank = banks.find((b) => b.code === code);
    return bank ? bank.name[locale === "zh" ? "zh" : "en"] : code;
  };
  return (
    <div className="flex flex-col gap-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {query.notice ? (
        <Alert tone={query.notice === "succeeded" ? "success" : "error"}>
          <span data-testid="notice">{t(`notices.${query.notice}`, { error: noticeRun?.error ?? "" })}</span>
        </Alert>
      ) : null}
      {user.role === "ADMIN" ? (
        <section aria-labelledby="banks-heading" className="flex flex-col gap-3">
          <h2 id="banks-heading" className="text-lg font-semibold">
            {t("banks")}
          </h2>
          <ul className="grid gap-3 md:grid-cols-3">
            {banks.map((bank) => (
              <li key={bank.code} className="rounded-lg border border-slate-200 bg-white p-4">
                <form action={reconcileNowAction} className="flex flex-col gap-3">
                  <input type="hidden" name="bankCode" value={bank.code} />
                  <p className="font-medium">{bankName(bank.code)}</p>
                  <label className="flex flex-col gap-1 text-sm" htmlFor={`day-${bank.code}`}>
                    <span className="font-medium text-slate-800">{t("businessDay")}</span>
                    <input
                      id={`day-${bank.code}`}
                      type="date"
                      name="date"
                      required
                      max={today}
                      defaultValue={addDays(today, -1)}
                      className="min-h-10 rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
                    />
                  </label>
                  <Button>
                    {t("reconcileNow")}
                    <span className="sr-only"> {bankName(bank.code)}</span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="runs-heading" className="flex flex-col gap-3">
        <h2 id="runs-heading" className="text-lg font-semibold">
          {t("runs")}
        </h2>
        {runs.length === 0 ? (
          <p className="text-slate-700">{t("noRuns")}</p>
        ) : (
          <TableRegion label={t("runs")}>
            <table className="w-full text-sm" data-testid="reconciliation-runs">
              <TableHead
                columns={[t("bank"), t("day"), t("trigger"), t("status"), t("started"), t("result")]}
              />
              <tbody>
                {runs.map((run) => {
                  const summary = summarySchema.parse(run.summary);
                  const mismatched = summary
                    ? Object.values(summary.mismatches).reduce((a, b) => a + b, 0)
                    : 0;
                  return (
                    <tr key={run.id} className="border-b border-slate-100" data-testid={`run-${run.id}`}>
                      <td className={TD}>{bankName(run.bankCode)}</td>
                      <td className={TD}>{run.businessDay}</td>
                      <td className={TD}>
                        {run.trigger === "schedule" ? t("triggers.schedule") : t("triggers.operator")}
                      </td>
                      <td className={TD}>{t(`statuses.${run.status}`)}</td>
                      <td className={TD}>
                        {format.dateTime(run.startedAt, { dateStyle: "medium", timeStyle: "medium" })}
                      </td>
                      <td className={TD}>
                        {summary ? (
                          <>
                            {t("matchedAndMismatched", { matched: summary.matched, mismatched })}
                            <span className="block text-slate-600">
                              {t("newCases", { count: run.openedCases })} ·{" "}
                              <Link
                                className="text-brand-600 underline"
                                href={`/admin/exceptions?bank=${run.bankCode}&day=${run.businessDay}&status=all`}
                              >
                                {t("viewCases")}
                              </Link>
                            </span>
                          </>
                        ) : (
                          <span className="text-red-700">{run.error}</span>
                        )}
                        {run.fileSha256 ? (
                          <span className="block font-mono text-xs text-slate-600">
                            {t("file")} {run.fileSha256.slice(0, 12)}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </div>
  );
}
