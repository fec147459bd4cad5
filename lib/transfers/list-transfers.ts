import type { Db } from "@/lib/db";

/** A user's transfers, sent and received, newest first (a page of `take`). */
export async function listTransfers(db: Db, userId: string, take = 50) {
  return db.walletTransfer.findMany({
    where: { OR: [{ senderId: userId }, { recipientId: userId }] },
    include: { sender: { select: { email: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
}
