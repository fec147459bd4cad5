import { EXPIRE_JOB } from "@/lib/payments/expire-payments";
import { NONCE_PURGE_JOB } from "@/lib/signing/nonce-store";
import { BANK_QUERY_JOB } from "@/lib/bank-gateway/query-pending-attempts";
import { PROCESS_DUE_REFUNDS_JOB } from "@/lib/refunds/refund-jobs";
import { RETURN_TRANSFERS_JOB } from "@/lib/transfers/return-expired-transfers";
import { SETTLEMENT_JOB } from "@/lib/settlement/run-settlement";
import { COMMISSION_PAYOUT_JOB } from "@/lib/commissions/commission-jobs";
import { PROCESS_DUE_WITHDRAWALS_JOB } from "@/lib/withdrawals/withdrawal-jobs";
import { RECONCILIATION_SCHEDULE_JOB } from "@/lib/reconciliation/reconciliation-jobs";
import { PRUNE_JOBS_JOB } from "./prune-jobs";
import type { RecurringJob } from "./recurring";

/** Periodic work. Bank queries run often: a lost bank notification must be found within 2 minutes. */
export const RECURRING_JOBS: readonly RecurringJob[] = [
  { type: BANK_QUERY_JOB, everyMs: 10_000 },
  { type: PROCESS_DUE_REFUNDS_JOB, everyMs: 10_000 },
  { type: RETURN_TRANSFERS_JOB, everyMs: 60_000 },
  { type: EXPIRE_JOB, everyMs: 15_000 },
  { type: PROCESS_DUE_WITHDRAWALS_JOB, everyMs: 15_000 },
  // Settles each (merchant, business day) once; running often makes a missed run harmless.
  { type: SETTLEMENT_JOB, everyMs: 10 * 60_000 },
  { type: COMMISSION_PAYOUT_JOB, everyMs: 60 * 60_000 },
  // Yesterday's bank reconciliation: enqueues each (bank, day) once, so running often is harmless.
  { type: RECONCILIATION_SCHEDULE_JOB, everyMs: 10 * 60_000 },
  { type: NONCE_PURGE_JOB, everyMs: 5 * 60_000 },
  { type: PRUNE_JOBS_JOB, everyMs: 60 * 60_000 },
];
