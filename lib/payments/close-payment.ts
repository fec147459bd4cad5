import type { Payment } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { finishUnpaid } from "./finish-payment";
import { hasPendingAttempt, lockPayment } from "./lock-payment";
import { isDueToExpire } from "./payment-state";

/**
 * The merchant closes a pending payment: the checkout then refuses it. Closing is idempotent (a closed
 * payment answers 200 again), and so is asking to close a payment that already cannot be paid
 * (expired or failed): the answer shows its status. A payment that succeeded cannot be closed
 * (409 order_conflict) and stays as it is.
 */
export async function closePayment(db: Db, merchantId: string, orderId: string): Promise<Payment> {
  return db.$transaction(async (tx) => {
    const payment = await lockPayment(tx, { merchantId, orderId });
    if (!payment) throw new AppError("not_found", `No payment with orderId ${orderId}.`);
    if (payment.status === "SUCCEEDED") {
      throw new AppError(
        "order_conflict",
        "The payment has succeeded and cannot be closed; refund it instead.",
      );
    }
    if (payment.status !== "PENDING") return payment;
    // Past its time, the payment is expired, not closed: that is what happened first.
    if (isDueToExpire(payment, await hasPendingAttempt(tx, payment.id), now())) {
      return finishUnpaid(tx, payment, "EXPIRED");
    }
    return finishUnpaid(tx, payment, "CLOSED");
  });
}
