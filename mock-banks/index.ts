// What other processes (the dev script, tests) use to run the banks in-process.
export { mockBankOptionsFromEnv } from "./env";
export { startMockBanks, type RunningBank, type RunningMockBanks, type StartMockBanksOptions } from "./start";
export { bankSettlementFee, settlementFileChunks, type SettlementRecord } from "./settlement-file";
export type { SettlementFault } from "./core/settlement-faults";
