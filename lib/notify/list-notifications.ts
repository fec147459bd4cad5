import type { Db } from "@/lib/db";

/**
 * A payment's notifications with every delivery attempt, newest event first, for the dashboard's
 * payment timeline. The merchant id comes from the payment the caller already authorised.
 */
export function listPaymentNotifications(db: Db, merchantId: string, paymentId: string) {
  return db.notificationEvent.findMany({
    where: { merchantId, paymentId },
    orderBy: { createdAt: "desc" },
    include: { attempts: { orderBy: { attemptNo: "asc" } } },
  });
}
