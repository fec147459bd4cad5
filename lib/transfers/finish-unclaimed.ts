import type { WalletTransfer } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { accounts, credit, debit, postEntry } from "@/lib/ledger";
import { mailTransferEnd } from "./notify-transfer";

export type UnclaimedEnd =
  { end: "claimed"; recipientId: string } | { end: "cancelled" } | { end: "returned" };

const STATUS = { claimed: "CLAIMED", cancelled: "CANCELLED", returned: "RETURNED" } as const;

/**
 * Ends an unclaimed transfer, once: the row is re-read under FOR UPDATE, so a claim racing a cancel
 * or the 30-day return finds it already ended and does nothing (returns null). The money leaves
 * unclaimed transfers for the recipient's wallet or back to the sender's, in the same transaction.
 */
export async function finishUnclaimed(
  tx: Tx,
  transferId: string,
  how: UnclaimedEnd,
): Promise<WalletTransfer | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "wallet_transfers" WHERE "id" = ${transferId} AND "status" = 'UNCLAIMED' FOR UPDATE`;
  if (rows.length === 0) return null;
  const at = now();
  const transfer = await tx.walletTransfer.update({
    where: { id: transferId },
    data: {
      status: STATUS[how.end],
      finishedAt: at,
      ...(how.end === "claimed" ? { recipientId: how.recipientId } : {}),
    },
  });
  const to = how.end === "claimed" ? accounts.wallet(how.recipientId) : accounts.wallet(transfer.senderId);
  await postEntry(tx, {
    eventType: `transfer.${how.end}`,
    eventId: transfer.id,
    description:
      how.end === "claimed"
        ? `Claimed by ${transfer.recipientEmail}`
        : `Returned: ${how.end} transfer to ${transfer.recipientEmail}`,
    lines: [debit(accounts.pendingClaims(), transfer.amount), credit(to, transfer.amount)],
  });
  await mailTransferEnd(tx, transfer, how.end);
  return transfer;
}
