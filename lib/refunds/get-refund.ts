import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RefundWithOrder } from "./serialize-refund";

/** A merchant's refund by its own refundId; another merchant's refund is not found, like a made-up id. */
export async function getRefund(db: Db, merchantId: string, refundId: string): Promise<RefundWithOrder> {
  const refund = await db.refund.findUnique({
    where: { merchantId_refundId: { merchantId, refundId } },
    include: { payment: { select: { orderId: true } } },
  });
  if (!refund) throw new AppError("not_found", `No refund with refundId ${refundId}.`);
  return refund;
}

/** A payment's refunds, newest first, for the dashboard's payment page. */
export async function listPaymentRefunds(
  db: Db,
  merchantId: string,
  paymentId: string,
): Promise<RefundWithOrder[]> {
  return db.refund.findMany({
    where: { merchantId, paymentId },
    include: { payment: { select: { orderId: true } } },
    orderBy: { createdAt: "desc" },
  });
}
