import { Prisma, type Payment, type Product } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type PaymentKey =
  | { id: string }
  | { checkoutToken: string }
  | { merchantId: string; orderId: string }
  | { attemptId: string };

function whereOf(key: PaymentKey): Prisma.Sql {
  if ("id" in key) return Prisma.sql`p."id" = ${key.id}`;
  if ("checkoutToken" in key) return Prisma.sql`p."checkoutToken" = ${key.checkoutToken}`;
  if ("attemptId" in key) {
    return Prisma.sql`p."id" = (SELECT a."paymentId" FROM "payment_attempts" a WHERE a."id" = ${key.attemptId})`;
  }
  return Prisma.sql`p."merchantId" = ${key.merchantId} AND p."orderId" = ${key.orderId}`;
}

/**
 * Locks a payment row (SELECT … FOR UPDATE) for the rest of the caller's transaction and returns it as
 * it is now: under READ COMMITTED a row locked after waiting is returned in its latest committed
 * version. Every change of a payment's status goes through this lock, so concurrent bank answers,
 * closes and expiry see each other's results instead of racing. One statement: it sits on the path of
 * every payment.
 */
export async function lockPayment(tx: Tx, key: PaymentKey): Promise<Payment | null> {
  const rows = await tx.$queryRaw<Payment[]>`SELECT p.* FROM "payments" p WHERE ${whereOf(key)} FOR UPDATE`;
  return rows[0] ?? null;
}

export type PaymentWithMerchant = Payment & { merchantName: string; merchantProducts: Product[] };

/**
 * lockPayment with the merchant's name and products (as committed now; the merchant row is not
 * locked), for the verbs that open an attempt and need both.
 */
export async function lockPaymentWithMerchant(tx: Tx, key: PaymentKey): Promise<PaymentWithMerchant | null> {
  const rows = await tx.$queryRaw<PaymentWithMerchant[]>`
    SELECT p.*, m."name" AS "merchantName", m."products"::text[] AS "merchantProducts"
      FROM "payments" p JOIN "merchants" m ON m."id" = p."merchantId"
     WHERE ${whereOf(key)}
       FOR UPDATE OF p`;
  return rows[0] ?? null;
}

/** Whether the payment has an attempt still waiting for its bank's answer. */
export async function hasPendingAttempt(tx: Tx, paymentId: string): Promise<boolean> {
  const attempt = await tx.paymentAttempt.findFirst({
    where: { paymentId, status: "PENDING" },
    select: { id: true },
  });
  return attempt !== null;
}
