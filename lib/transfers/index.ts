// Wallet money sent to email addresses: send, claim by verifying the address, cancel, 30-day return.
export { sendMoney, type SendMoneyInput, type SendMoneyResult } from "./send-money";
export { claimTransfersFor } from "./claim-transfers";
export { cancelTransfer } from "./cancel-transfer";
export {
  returnExpiredTransfers,
  returnExpiredTransfersJob,
  RETURN_TRANSFERS_JOB,
} from "./return-expired-transfers";
export { listTransfers } from "./list-transfers";
export * from "./transfer-rules";
