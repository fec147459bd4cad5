import { refundBatchTemplate, templateFileName } from "@/lib/refunds/batch";
import { openDashboard } from "../../_lib/gate";
import { downloadResponse, formatParam, refusalResponse } from "../_lib/download";

/** The empty refund form, CSV or XLSX (`?format=xlsx`), for members who may refund. */
export async function GET(request: Request): Promise<Response> {
  const format = formatParam(request);
  const gate = await openDashboard("refunds.create", "/dashboard/refunds");
  if (gate.kind !== "ok") return refusalResponse(gate.kind);
  return downloadResponse(refundBatchTemplate(format), format, templateFileName(format));
}
