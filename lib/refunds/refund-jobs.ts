/** Sends (or asks about) one bank or acquirer refund, right after it is created. */
export const PROCESS_REFUND_JOB = "refunds.process";
/** The sweep over every refund still processing whose next query is due (lost jobs, crashes, slow banks). */
export const PROCESS_DUE_REFUNDS_JOB = "refunds.process-due";
