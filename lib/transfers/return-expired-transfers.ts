import type { Db } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { now } from "@/lib/clock";
import { finishUnclaimed } from "./finish-unclaimed";

export const RETURN_TRANSFERS_JOB = "transfers.return-expired";
const BATCH = 100;

/** Sends back to their senders the transfers left unclaimed for 30 days; returns how many. */
export async function returnExpiredTransfers(db: Db): Promise<number> {
  const due = await db.walletTransfer.findMany({
    where: { status: "UNCLAIMED", expiresAt: { lte: now() } },
    select: { id: true },
    orderBy: { expiresAt: "asc" },
    take: BATCH,
  });
  let returned = 0;
  for (const { id } of due) {
    // One transaction each: a claim racing the return wins or loses cleanly, never both.
    const done = await db.$transaction((tx) => finishUnclaimed(tx, id, { end: "returned" }));
    if (done) returned++;
  }
  return returned;
}

export async function returnExpiredTransfersJob(): Promise<void> {
  await returnExpiredTransfers(defaultDb);
}
