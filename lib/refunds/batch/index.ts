// Refunds by spreadsheet: the verbs the dashboard, the job registry and the benchmark import.
export { MAX_FILE_BYTES, MAX_ROWS } from "./batch-limits";
export { BatchFileError, isBatchFileError, type BatchFileProblem } from "./batch-file-error";
export { sourceFromBytes, sourceFromPath, type BatchSource } from "./batch-source";
export { BATCH_VERDICTS, isBatchVerdict, type BatchVerdict } from "./batch-verdicts";
export type { BatchFileFormat } from "./read-batch-file";
export { createRefundBatchPreview } from "./create-refund-batch-preview";
export { confirmRefundBatch } from "./confirm-refund-batch";
export { cancelRefundBatch } from "./cancel-refund-batch";
export { processRefundBatch, processRefundBatchJob } from "./process-refund-batch";
export { REFUND_BATCH_JOB } from "./refund-batch-job";
export { getRefundBatch, type RefundBatchProgress } from "./get-refund-batch";
export { listRefundBatchRows, type BatchRowView } from "./list-refund-batch-rows";
export { listRefundBatches } from "./list-refund-batches";
export { listMerchantRefunds, REFUNDS_PER_PAGE } from "./list-merchant-refunds";
export { refundBatchResults, RESULT_COLUMNS, type ResultLabels } from "./refund-batch-results";
export { refundBatchTemplate, templateFileName } from "./refund-batch-template";
