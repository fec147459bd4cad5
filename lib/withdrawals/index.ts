// The withdrawals module's surface for job registration (lib/jobs/handlers.ts, lib/jobs/schedule.ts).
export { PROCESS_DUE_WITHDRAWALS_JOB, PROCESS_WITHDRAWAL_JOB } from "./withdrawal-jobs";
export { processDueWithdrawalsJob, processWithdrawalJob } from "./process-withdrawal";
export {
  requestWalletWithdrawal,
  listWalletWithdrawals,
  WALLET_WITHDRAWAL_LIMIT,
  type WalletWithdrawalInput,
} from "./request-wallet-withdrawal";
