import type { Payment } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { queueNotification, type NotificationType } from "@/lib/notify/queue-notification";
import { assertTransition } from "./payment-state";
import { serializePayment } from "./serialize-payment";

type UnpaidEnd = "FAILED" | "EXPIRED" | "CLOSED";

// The merchant closed it themselves, so only failure and expiry are news to them (spec's event types).
const NOTIFICATION: Record<UnpaidEnd, NotificationType | null> = {
  FAILED: "payment.failed",
  EXPIRED: "payment.expired",
  CLOSED: null,
};

/**
 * Moves a locked, pending payment to a final status other than success, with its notification, in the
 * caller's transaction. The caller holds the row lock (lockPayment), so the status it read is current.
 */
export async function finishUnpaid(
  tx: Tx,
  payment: Payment,
  to: UnpaidEnd,
  failureReason?: string,
): Promise<Payment> {
  assertTransition(payment.status, to);
  const updated = await tx.payment.update({
    where: { id: payment.id },
    data: { status: to, finalizedAt: now(), failureReason: failureReason ?? null },
  });
  const type = NOTIFICATION[to];
  // A wallet top-up has no merchant server to tell: the wallet page shows its status.
  if (type && !updated.topUpUserId) {
    await queueNotification(tx, {
      merchantId: updated.merchantId,
      paymentId: updated.id,
      type,
      data: serializePayment(updated),
      notifyUrl: updated.notifyUrl,
    });
  }
  return updated;
}
