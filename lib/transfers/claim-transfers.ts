import type { Tx } from "@/lib/db";
import { finishUnclaimed } from "./finish-unclaimed";

/**
 * Credits every unclaimed transfer to `email` to the user who has just proved they own it (verified
 * the address), in the verification's own transaction. Returns how many were claimed.
 */
export async function claimTransfersFor(tx: Tx, user: { id: string; email: string }): Promise<number> {
  const waiting = await tx.walletTransfer.findMany({
    where: { recipientEmail: user.email, status: "UNCLAIMED" },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  let claimed = 0;
  for (const { id } of waiting) {
    if (await finishUnclaimed(tx, id, { end: "claimed", recipientId: user.id })) claimed++;
  }
  return claimed;
}
