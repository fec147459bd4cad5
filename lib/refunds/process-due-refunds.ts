import { db } from "@/lib/db";
import type { JobHandler } from "@/lib/jobs/registry";
import { claimDueRefunds } from "./claim-due-refunds";
import { processRefund } from "./process-refund";

const BATCH = 50;

/** The recurring sweep: every refund whose send or query is due, a batch at a time. */
export async function processDueRefunds(): Promise<number> {
  const ids = await claimDueRefunds(db, BATCH);
  await Promise.all(ids.map((id) => processRefund(id)));
  return ids.length;
}

/** The job queued when a bank refund is created: send it now rather than at the next sweep. */
export const processRefundJobHandler: JobHandler = async (payload) => {
  const refundId = (payload as { refundId?: unknown }).refundId;
  if (typeof refundId !== "string") return;
  const [claimed] = await claimDueRefunds(db, 1, refundId);
  if (claimed) await processRefund(claimed);
};

export async function processDueRefundsJob(): Promise<void> {
  await processDueRefunds();
}
