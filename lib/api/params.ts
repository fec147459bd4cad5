import { AppError } from "@/lib/errors";
import { orderIdSchema } from "./schemas/payments";
import { refundIdSchema } from "./schemas/refunds";

/** An orderId from the URL; one that cannot exist is simply not found (no order has that id). */
export function orderIdParam(params: { orderId: string }): string {
  const parsed = orderIdSchema.safeParse(params.orderId);
  if (!parsed.success) throw new AppError("not_found", "No payment with that orderId.");
  return parsed.data;
}

/** A refundId from the URL; one that cannot exist is simply not found. */
export function refundIdParam(params: { refundId: string }): string {
  const parsed = refundIdSchema.safeParse(params.refundId);
  if (!parsed.success) throw new AppError("not_found", "No refund with that refundId.");
  return parsed.data;
}
