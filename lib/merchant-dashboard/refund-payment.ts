import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { createRefund, type CreateRefundResult } from "@/lib/refunds";

export type DashboardRefundInput = {
  userId: string;
  paymentId: string;
  /** Minor units, parsed from what the user typed by the form's action. */
  amount: bigint;
  reason: string | null;
  /** Generated when the form was drawn: a double submit of one form refunds once. */
  refundId: string;
};

/**
 * "Refund" on a payment's page. The merchant is the payment's own, and the member must hold
 * refunds.create there; a payment of another merchant is not found, like a made-up id.
 */
export async function refundPaymentFromDashboard(
  db: Db,
  input: DashboardRefundInput,
): Promise<CreateRefundResult> {
  const payment = await db.payment.findUnique({
    where: { id: input.paymentId },
    select: { merchantId: true, orderId: true },
  });
  if (!payment) throw new AppError("not_found", "No such payment.");
  await requireMerchantPermission(db, input.userId, payment.merchantId, "refunds.create");
  return createRefund(db, {
    merchantId: payment.merchantId,
    orderId: payment.orderId,
    refundId: input.refundId,
    amount: input.amount,
    reason: input.reason,
    source: "dashboard",
    createdByUserId: input.userId,
  });
}
