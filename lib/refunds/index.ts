// The refunds module's public verbs: routes, the dashboard and batch files import from "@/lib/refunds".
export { createRefund, type CreateRefundInput, type CreateRefundResult } from "./create-refund";
export { getRefund, listPaymentRefunds } from "./get-refund";
export { serializeRefund, type RefundObject, type RefundWithOrder } from "./serialize-refund";
export { handleRefundNotification } from "./handle-refund-notification";
export { processDueRefunds, processDueRefundsJob, processRefundJobHandler } from "./process-due-refunds";
export { processRefund } from "./process-refund";
export { PROCESS_REFUND_JOB, PROCESS_DUE_REFUNDS_JOB } from "./refund-jobs";
export * from "./refund-rules";
