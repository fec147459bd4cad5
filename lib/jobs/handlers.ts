import { deliverMail, MAIL_JOB } from "@/lib/mail/deliver-mail";
import { NOTIFY_JOB } from "@/lib/notify/job";
import { notifyJobHandler } from "@/lib/notify/deliver-notification";
import { EXPIRE_JOB, expireJobHandler } from "@/lib/payments/expire-payments";
import { NONCE_PURGE_JOB, purgeNoncesJobHandler } from "@/lib/signing/nonce-store";
import { BANK_QUERY_JOB, queryPendingAttemptsJob } from "@/lib/bank-gateway/query-pending-attempts";
import {
  PROCESS_DUE_REFUNDS_JOB,
  PROCESS_REFUND_JOB,
  processDueRefundsJob,
  processRefundJobHandler,
} from "@/lib/refunds";
import { REFUND_BATCH_JOB, processRefundBatchJob } from "@/lib/refunds/batch";
import { RETURN_TRANSFERS_JOB, returnExpiredTransfersJob } from "@/lib/transfers";
import { SETTLEMENT_JOB, settlementJobHandler } from "@/lib/settlement/jobs";
import { COMMISSION_PAYOUT_JOB, commissionPayoutJob } from "@/lib/commissions/commission-jobs";
import * as withdrawals from "@/lib/withdrawals";
import * as reconciliation from "@/lib/reconciliation/reconciliation-jobs";
import { db } from "@/lib/db";
import { PRUNE_JOBS_JOB, pruneFinishedJobs } from "./prune-jobs";
import { registerJobHandler } from "./registry";

/** Every background job type the app runs. */
export function registerAllJobHandlers(): void {
  registerJobHandler(MAIL_JOB, deliverMail);
  registerJobHandler(NOTIFY_JOB, notifyJobHandler);
  registerJobHandler(EXPIRE_JOB, expireJobHandler);
  registerJobHandler(NONCE_PURGE_JOB, purgeNoncesJobHandler);
  registerJobHandler(BANK_QUERY_JOB, queryPendingAttemptsJob);
  registerJobHandler(PROCESS_REFUND_JOB, processRefundJobHandler);
  registerJobHandler(RETURN_TRANSFERS_JOB, returnExpiredTransfersJob);
  registerJobHandler(PROCESS_DUE_REFUNDS_JOB, processDueRefundsJob);
  registerJobHandler(REFUND_BATCH_JOB, processRefundBatchJob);
  registerJobHandler(SETTLEMENT_JOB, settlementJobHandler);
  registerJobHandler(COMMISSION_PAYOUT_JOB, commissionPayoutJob);
  registerJobHandler(withdrawals.PROCESS_WITHDRAWAL_JOB, withdrawals.processWithdrawalJob);
  registerJobHandler(withdrawals.PROCESS_DUE_WITHDRAWALS_JOB, withdrawals.processDueWithdrawalsJob);
  registerJobHandler(reconciliation.RECONCILIATION_SCHEDULE_JOB, reconciliation.scheduleReconciliationJob);
  registerJobHandler(reconciliation.RECONCILE_BANK_DAY_JOB, reconciliation.reconcileBankDayJob);
  registerJobHandler(PRUNE_JOBS_JOB, async () => {
    await pruneFinishedJobs(db);
  });
}
