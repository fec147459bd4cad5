import type { Db } from "@/lib/db";

/** A test payment of the member's merchant, by its order id; another merchant's order is not found. */
export function getTestPayment(db: Db, options: { merchantId: string; orderId: string }) {
  return db.payment.findUnique({
    where: { merchantId_orderId: { merchantId: options.merchantId, orderId: options.orderId } },
    select: {
      id: true,
      orderId: true,
      amount: true,
      status: true,
      method: true,
      bankCode: true,
      paidAt: true,
    },
  });
}
