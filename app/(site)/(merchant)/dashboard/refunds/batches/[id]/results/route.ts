import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { getRefundBatch, refundBatchResults, RESULT_COLUMNS, type ResultLabels } from "@/lib/refunds/batch";
import { openDashboard } from "../../../../_lib/gate";
import { downloadResponse, formatParam, refusalResponse } from "../../../_lib/download";

/** A batch's rows with their verdicts and refund statuses as of now, CSV or XLSX (refunds.create). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  const format = formatParam(request);
  const gate = await openDashboard("refunds.create", `/dashboard/refunds/batches/${id}`);
  if (gate.kind !== "ok") return refusalResponse(gate.kind);
  const progress = await getRefundBatch(db, { merchantId: gate.merchant.id, batchId: id });
  if (!progress) return refusalResponse("not-found");
  const t = await getTranslations("refunds");
  const labels: ResultLabels = {
    columns: Object.fromEntries(
      RESULT_COLUMNS.map((column) => [column, t(`results.${column}`)]),
    ) as ResultLabels["columns"],
    verdict: (verdict) => (t.has(`verdicts.${verdict}`) ? t(`verdicts.${verdict}`) : verdict),
    status: (status) => t(`statuses.${status}`),
  };
  const stream = refundBatchResults(db, { batch: progress.batch, format, labels });
  const base = progress.batch.fileName.replace(/\.(csv|xlsx)$/i, "").replace(/[^\w.-]+/g, "_") || "refunds";
  return downloadResponse(stream, format, `${base}-results.${format}`);
}
