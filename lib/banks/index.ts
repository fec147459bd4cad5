// The bank layer's public surface: what lib/payments, lib/refunds and the routes use.
export { BankError, isBankError, type BankErrorCode } from "./errors";
export {
  BANKS,
  bankConfigFromEnv,
  createBankRegistry,
  type BankEntry,
  type BankRegistry,
  type BanksConfig,
} from "./registry";
export { expectedSettlementFee } from "./settlement/fees";
export type * from "./types";
