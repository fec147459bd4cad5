import type { Payment } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { finishUnpaid } from "./finish-payment";
import { lockPayment } from "./lock-payment";

/**
 * Marks a pending payment `failed`, for good (a risk rule blocked it, an operator stopped it), in the
 * caller's transaction; the merchant is notified (payment.failed). A payment that is no longer pending
 * is returned unchanged: failing is only ever a way out of pending.
 */
export async function failPayment(tx: Tx, paymentId: string, reason: string): Promise<Payment> {
  const payment = await lockPayment(tx, { id: paymentId });
  if (!payment) throw new AppError("not_found", "No such payment.");
  if (payment.status !== "PENDING") return payment;
  return finishUnpaid(tx, payment, "FAILED", reason.slice(0, 200));
}
