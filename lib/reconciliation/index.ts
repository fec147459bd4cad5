// Bank reconciliation: a bank's daily settlement file against the gateway's records.
export { reconcileBankDay, type ReconcileBankDayOptions } from "./reconcile-bank-day";
export { reconcileBankFile, type ReconcileBankFileOptions } from "./reconcile-bank-file";
export { reconcileDay, type ReconcileDayInput } from "./reconcile-day";
export { readGatewayRecords, type ReadGatewayRecordsOptions } from "./read-gateway-records";
export * from "./types";
export { runReconciliation, type RunReconciliationOptions } from "./run-reconciliation";
export { listRuns } from "./list-runs";
