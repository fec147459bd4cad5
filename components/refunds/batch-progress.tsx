import { getTranslations } from "next-intl/server";
import type { RefundBatchProgress } from "@/lib/refunds/batch";
import { AutoRefresh } from "./auto-refresh";

/** True while the page should keep refreshing: rows still to submit, or refunds awaiting their bank. */
export function batchUnderWay(progress: RefundBatchProgress): boolean {
  return progress.batch.status === "PROCESSING" || progress.refunds.PROCESSING > 0;
}

/** The progress bar of a confirmed batch: submission, then the banks' answers. */
export async function BatchProgress({ progress }: { progress: RefundBatchProgress }) {
  const t = await getTranslations("refunds.batch");
  const active = batchUnderWay(progress);
  return (
    <section aria-labelledby="batch-progress-title" className="flex flex-col gap-2">
      <h2 id="batch-progress-title" className="text-lg font-semibold text-slate-900">
        {t("progressTitle")}
      </h2>
      <div className="flex items-center gap-3">
        <progress
          className="h-3 w-full max-w-xl overflow-hidden rounded-full accent-brand-600"
          max={100}
          value={progress.percent}
          aria-label={t("progressLabel")}
          data-testid="batch-progress"
        >
          {progress.percent}%
        </progress>
        <span className="text-sm font-semibold tabular-nums text-slate-900">{progress.percent}%</span>
      </div>
      <p className="text-sm text-slate-700" role="status" data-testid="batch-progress-text">
        {t("progressText", {
          submitted: progress.submitted,
          valid: progress.batch.validCount,
          succeeded: progress.refunds.SUCCEEDED,
          failed: progress.refunds.FAILED,
          processing: progress.refunds.PROCESSING,
        })}
      </p>
      {active ? (
        <>
          <p className="text-xs text-slate-600">{t("refreshing")}</p>
          <AutoRefresh active />
          <noscript>
            <meta httpEquiv="refresh" content="5" />
          </noscript>
        </>
      ) : null}
    </section>
  );
}
