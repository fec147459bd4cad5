import type { Refund, RefundStatus } from "@/generated/prisma/client";
import { toJsonInteger } from "@/lib/payments/serialize-payment";

/** The merchant API's refund object (shared/spec/merchant-api.md, "Refund object"), as JSON values. */
export type RefundObject = {
  id: string;
  refundId: string;
  orderId: string;
  amount: number;
  currency: string;
  status: "processing" | "succeeded" | "failed";
  reason: string | null;
  createdAt: string;
  completedAt: string | null;
};

const STATUS: Record<RefundStatus, RefundObject["status"]> = {
  PROCESSING: "processing",
  SUCCEEDED: "succeeded",
  FAILED: "failed",
};

/** A refund with its payment's order id (the refund row keeps the payment id, the API shows the order). */
export type RefundWithOrder = Refund & { payment: { orderId: string } };

export function serializeRefund(refund: RefundWithOrder): RefundObject {
  return {
    id: refund.id,
    refundId: refund.refundId,
    orderId: refund.payment.orderId,
    amount: toJsonInteger(refund.amount),
    currency: refund.currency,
    status: STATUS[refund.status],
    reason: refund.reason,
    createdAt: refund.createdAt.toISOString(),
    completedAt: refund.completedAt ? refund.completedAt.toISOString() : null,
  };
}
