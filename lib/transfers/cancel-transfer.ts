import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { finishUnclaimed } from "./finish-unclaimed";

/** The sender takes back a transfer nobody has claimed yet; another user's transfer is not found. */
export async function cancelTransfer(db: Db, input: { userId: string; transferId: string }) {
  return db.$transaction(async (tx) => {
    const transfer = await tx.walletTransfer.findUnique({ where: { id: input.transferId } });
    if (!transfer || transfer.senderId !== input.userId) throw new AppError("not_found", "No such transfer.");
    const cancelled = await finishUnclaimed(tx, transfer.id, { end: "cancelled" });
    if (!cancelled) throw new AppError("conflict", "This transfer was already claimed or returned.");
    return cancelled;
  });
}
