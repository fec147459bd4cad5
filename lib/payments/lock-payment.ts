import type { Payment } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type PaymentKey = { id: string } | { checkoutToken: string } | { merchantId: string; orderId: string };

/**
 * Locks a payment row (SELECT … FOR UPDATE) for the rest of the caller's transaction and returns it as
 * it is now. Every change of a payment's status goes through this lock, so concurrent bank answers,
 * closes and expiry see each other's results instead of racing.
 */
export async function lockPayment(tx: Tx, key: PaymentKey): Promise<Payment | null> {
  let rows: { id: string }[];
  if ("id" in key) {
    rows = await tx.$queryRaw`SELECT "id" FROM "payments" WHERE "id" = ${key.id} FOR UPDATE`;
  } else if ("checkoutToken" in key) {
    rows =
      await tx.$queryRaw`SELECT "id" FROM "payments" WHERE "checkoutToken" = ${key.checkoutToken} FOR UPDATE`;
  } else {
    rows = await tx.$queryRaw`
      SELECT "id" FROM "payments" WHERE "merchantId" = ${key.merchantId} AND "orderId" = ${key.orderId}
      FOR UPDATE`;
  }
  const id = rows[0]?.id;
  // Read after the lock: under READ COMMITTED this statement sees the latest committed row.
  return id === undefined ? null : tx.payment.findUnique({ where: { id } });
}

/** Whether the payment has an attempt still waiting for its bank's answer. */
export async function hasPendingAttempt(tx: Tx, paymentId: string): Promise<boolean> {
  const attempt = await tx.paymentAttempt.findFirst({
    where: { paymentId, status: "PENDING" },
    select: { id: true },
  });
  return attempt !== null;
}
