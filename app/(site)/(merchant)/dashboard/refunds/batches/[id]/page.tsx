import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pager } from "@/components/dashboard/pager";
import { BatchProgress } from "@/components/refunds/batch-progress";
import { BatchRowsTable } from "@/components/refunds/batch-rows-table";
import { VerdictSummary } from "@/components/refunds/verdict-summary";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { db } from "@/lib/db";
import { param, type SearchParams } from "@/lib/merchant-dashboard/search-params";
import { getRefundBatch, listRefundBatchRows } from "@/lib/refunds/batch";
import { GateRefusal } from "../../../_lib/gate-refusal";
import { openDashboard } from "../../../_lib/gate";
import { cancelRefundBatchAction, confirmRefundBatchAction } from "../../actions";

export const metadata: Metadata = { title: "Refund file" };

const FILTERS = { all: undefined, ok: "ok", refused: "refused" } as const;
type Filter = keyof typeof FILTERS;
const ROWS_PER_PAGE = 100;

export default async function RefundBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const path = `/dashboard/refunds/batches/${id}`;
  const gate = await openDashboard("refunds.create", path);
  const t = await getTranslations("refunds");
  if (gate.kind !== "ok") return <GateRefusal gate={gate} title={t("batchTitle")} />;
  const progress = await getRefundBatch(db, { merchantId: gate.merchant.id, batchId: id });
  if (!progress) notFound();
  const query = await searchParams;
  const filterParam = param(query, "show");
  const filter: Filter = filterParam === "ok" || filterParam === "refused" ? filterParam : "all";
  const after = Number(param(query, "cursor") ?? 0);
  const afterRow = Number.isSafeInteger(after) && after > 0 ? after : 0;
  const rows = await listRefundBatchRows(db, {
    batchId: id,
    afterRow,
    limit: ROWS_PER_PAGE,
    verdict: FILTERS[filter],
  });
  const notice = param(query, "notice");
  const { batch } = progress;
  const format = await getFormatter();
  const filterHref = (show: Filter) => (show === "all" ? path : `${path}?show=${show}`);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight break-all text-slate-900 sm:text-3xl">
          {t("batch.title", { name: batch.fileName })}
        </h1>
        <p className="mt-2 text-slate-700" data-testid="batch-summary">
          {t("batch.summary", { rows: batch.rowCount, valid: batch.validCount })}{" "}
          {t("batch.uploadedBy", {
            date: format.dateTime(batch.createdAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      </div>
      {notice === "confirmed" ? <Alert tone="success">{t("batch.confirmed")}</Alert> : null}
      {notice === "conflict" ? <Alert tone="error">{t("batch.notice.conflict")}</Alert> : null}
      <VerdictSummary verdicts={progress.verdicts} />
      {batch.status === "PREVIEW" ? (
        <section className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p className="text-sm text-amber-950">
            {batch.validCount > 0 ? t("batch.previewLead") : t("batch.nothingValid")}
          </p>
          <div className="flex flex-wrap gap-3">
            {batch.validCount > 0 ? (
              <form action={confirmRefundBatchAction}>
                <input type="hidden" name="batchId" value={batch.id} />
                <Button data-testid="confirm-batch">{t("batch.confirm", { count: batch.validCount })}</Button>
              </form>
            ) : null}
            <form action={cancelRefundBatchAction}>
              <input type="hidden" name="batchId" value={batch.id} />
              <Button variant="secondary">{t("batch.cancel")}</Button>
            </form>
          </div>
        </section>
      ) : null}
      {batch.status === "CANCELLED" ? <Alert>{t("batch.cancelled")}</Alert> : null}
      {batch.status === "PROCESSING" || batch.status === "SUBMITTED" ? (
        <BatchProgress progress={progress} />
      ) : null}
      <div className="flex flex-wrap gap-3">
        <a href={`${path}/results?format=csv`} className={buttonClass("secondary")} download>
          {t("batch.results")}
        </a>
        <a href={`${path}/results?format=xlsx`} className={buttonClass("secondary")} download>
          {t("batch.resultsXlsx")}
        </a>
      </div>
      <section aria-labelledby="rows-title" className="flex flex-col gap-3">
        <h2 id="rows-title" className="text-lg font-semibold text-slate-900">
          {t("batch.rowsTitle")}
        </h2>
        <nav aria-label={t("batch.filter")} className="flex flex-wrap gap-2 text-sm">
          {(["all", "ok", "refused"] as const).map((show) => (
            <Link
              key={show}
              href={filterHref(show)}
              aria-current={filter === show ? "page" : undefined}
              className={buttonClass(filter === show ? "primary" : "secondary")}
            >
              {t(`batch.filter${show === "all" ? "All" : show === "ok" ? "Ok" : "Refused"}`)}
            </Link>
          ))}
        </nav>
        {rows.rows.length ? (
          <BatchRowsTable rows={rows.rows} />
        ) : (
          <p className="text-slate-700">{t("batch.noRows")}</p>
        )}
        <Pager
          basePath={path}
          query={{ show: filter === "all" ? undefined : filter }}
          cursor={afterRow ? String(afterRow) : null}
          nextCursor={rows.nextAfter === null ? null : String(rows.nextAfter)}
          labels={{ nav: t("pages"), first: t("firstPage"), next: t("nextPage") }}
        />
      </section>
      <p>
        <Link href="/dashboard/refunds" className="text-brand-600 underline hover:text-brand-700">
          {t("batch.back")}
        </Link>
      </p>
    </div>
  );
}
