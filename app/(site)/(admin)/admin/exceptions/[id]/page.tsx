import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditTrail } from "@/components/admin/audit-trail";
import { NoticeAlert } from "@/components/admin/notice-alert";
import { TableHead } from "@/components/admin/table-head";
import { TextareaField } from "@/components/dashboard/form-controls";
import { TableRegion, TD } from "@/components/dashboard/table-region";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getCase, type CaseView } from "@/lib/exceptions/get-case";
import { formatCny } from "@/lib/money";
import { resolveCaseAction } from "./actions";

export const metadata: Metadata = { title: "Exception case" };

async function load(id: string): Promise<CaseView> {
  try {
    return await getCase(db, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

/** One case: both sides' evidence, the payment concerned, the resolve form (admins) and the history. */
export default async function ExceptionCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requireUser(STAFF_ROLES, `/admin/exceptions/${id}`);
  const { notice } = await searchParams;
  const t = await getTranslations("exceptions");
  const format = await getFormatter();
  const view = await load(id);
  const { exception, evidence, payment } = view;
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "medium" });
  const side = (value: string | undefined) =>
    value === undefined ? "—" : t.has(`sides.${value}`) ? t(`sides.${value}`) : value;
  const { bank, gateway } = evidence;
  const rows: [string, string, string][] = [
    ["kind", side(bank?.kind), side(gateway?.kind)],
    ["reference", bank?.reference ?? "—", gateway?.reference ?? "—"],
    ["bankRef", bank?.bankRef ?? "—", gateway?.bankRef ?? "—"],
    ["amount", bank ? formatCny(bank.amount) : "—", gateway ? formatCny(gateway.amount) : "—"],
    [
      "fee",
      bank ? formatCny(bank.fee) : "—",
      evidence.expectedFee === null ? "—" : `${formatCny(evidence.expectedFee)} (${t("fields.expectedFee")})`,
    ],
    ["status", side(bank?.status), side(gateway?.status)],
    ["at", bank ? when(bank.at) : "—", gateway ? when(gateway.at) : "—"],
  ];
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/exceptions" className="text-sm text-brand-600 underline">
        {t("back")}
      </Link>
      <PageTitle>
        {t("caseTitle", { kind: t(`kinds.${exception.kind}`), reference: exception.reference })}
      </PageTitle>
      <NoticeAlert namespace="exceptions.notices" notice={notice} good={["resolved"]} />
      <section aria-labelledby="facts-heading" className="flex flex-col gap-2">
        <h2 id="facts-heading" className="text-lg font-semibold">
          {t("facts")}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-medium">{t("status")}</dt>
          <dd data-testid="case-status">{t(`statuses.${exception.status}`)}</dd>
          <dt className="font-medium">{t("bank")}</dt>
          <dd>{exception.bankCode.toUpperCase()}</dd>
          <dt className="font-medium">{t("day")}</dt>
          <dd>{exception.businessDay}</dd>
          {exception.delta !== null ? (
            <>
              <dt className="font-medium">{t("difference")}</dt>
              <dd>{formatCny(exception.delta)}</dd>
            </>
          ) : null}
          {payment ? (
            <>
              <dt className="font-medium">{t("payment")}</dt>
              <dd>
                {t("paymentLine", {
                  orderId: payment.orderId,
                  amount: formatCny(payment.amount),
                  status: payment.status,
                })}
                {payment.failureReason ? ` · ${t("reversed")}` : ""}
                <span className="block font-mono text-xs text-slate-600">{payment.id}</span>
              </dd>
            </>
          ) : null}
          <dt className="font-medium">{t("foundBy")}</dt>
          <dd className="font-mono text-xs">{exception.runId}</dd>
          <dt className="font-medium">{t("lastSeen")}</dt>
          <dd className="font-mono text-xs">{exception.lastSeenRunId ?? "—"}</dd>
        </dl>
        {!view.stillFound ? <p className="text-sm text-amber-800">{t("notFoundAnyMore")}</p> : null}
      </section>
      <section aria-labelledby="evidence-heading" className="flex flex-col gap-2">
        <h2 id="evidence-heading" className="text-lg font-semibold">
          {t("evidence")}
        </h2>
        <TableRegion label={t("evidence")}>
          <table className="w-full text-sm" data-testid="evidence">
            <TableHead columns={[t("field"), t("bankSide"), t("gatewaySide")]} />
            <tbody>
              {rows.map(([field, bankValue, gatewayValue]) => (
                <tr key={field} className="border-b border-slate-100">
                  <th scope="row" className={`${TD} text-left font-medium`}>
                    {t(`fields.${field}`)}
                  </th>
                  <td className={`${TD} break-all`}>{bank ? bankValue : t("absent")}</td>
                  <td className={`${TD} break-all`}>{gateway ? gatewayValue : t("absent")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>
      <section aria-labelledby="resolve-heading" className="flex flex-col gap-3">
        <h2 id="resolve-heading" className="text-lg font-semibold">
          {exception.status === "OPEN" ? t("resolve") : t("resolution")}
        </h2>
        {exception.status === "RESOLVED" ? (
          <div className="text-sm" data-testid="resolution">
            <p>
              {t("resolvedBy", {
                when: exception.resolvedAt ? when(exception.resolvedAt) : "",
                action: exception.resolution ? t(`actions.${exception.resolution}`) : "",
              })}
            </p>
            {exception.resolutionNote ? <p>“{exception.resolutionNote}”</p> : null}
            {exception.entryId ? (
              <p>
                {t("entry")}: <span className="font-mono text-xs">{exception.entryId}</span>
              </p>
            ) : null}
          </div>
        ) : user.role !== "ADMIN" ? (
          <p className="text-sm text-slate-700">{t("reviewerOnly")}</p>
        ) : (
          <form action={resolveCaseAction} className="flex max-w-2xl flex-col gap-4">
            <p className="text-sm text-slate-700">{t("resolveLead")}</p>
            <input type="hidden" name="caseId" value={exception.id} />
            <fieldset className="flex flex-col gap-2">
              <legend className="text-sm font-medium text-slate-800">{t("action")}</legend>
              {view.actions.map((action, index) => (
                <label key={action} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="action" value={action} defaultChecked={index === 0} required />
                  {t(`actions.${action}`)}
                </label>
              ))}
            </fieldset>
            <TextareaField name="note" label={t("note")} hint={t("noteHint")} rows={3} maxLength={1000} />
            <div>
              <Button>{t("resolve")}</Button>
            </div>
          </form>
        )}
      </section>
      <section aria-labelledby="history-heading" className="flex flex-col gap-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("history")}
        </h2>
        <AuditTrail entries={view.trail} />
      </section>
    </div>
  );
}
