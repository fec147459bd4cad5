import { db } from "@/lib/db";
import { runSettlement } from "./run-settlement";

export { SETTLEMENT_JOB } from "./run-settlement";

/** Job handler of SETTLEMENT_JOB. */
export async function settlementJobHandler(): Promise<void> {
  await runSettlement(db);
}
