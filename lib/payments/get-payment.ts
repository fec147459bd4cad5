import type { Payment } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { expireIfDue } from "./expire-payments";

/**
 * A merchant's payment by its orderId. Another merchant's order is `not_found`, like one that does not
 * exist: the tenant is the authenticated merchant, so ids reveal nothing across merchants.
 */
export async function getPayment(db: Db, merchantId: string, orderId: string): Promise<Payment> {
  const payment = await db.payment.findUnique({ where: { merchantId_orderId: { merchantId, orderId } } });
  if (!payment) throw new AppError("not_found", `No payment with orderId ${orderId}.`);
  return expireIfDue(db, payment);
}
