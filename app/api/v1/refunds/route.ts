import { db } from "@/lib/db";
import { json } from "@/lib/api/reply";
import { signedRoute } from "@/lib/api/signed-route";
import { createRefundRequestSchema } from "@/lib/api/schemas/refunds";
import { createRefund, serializeRefund } from "@/lib/refunds";

// POST /api/v1/refunds: 201 with a new refund, 200 with the same one for a retry, 409 on conflict.
export const POST = signedRoute(async ({ merchant, body }) => {
  const request = body(createRefundRequestSchema);
  const { refund, created } = await createRefund(db, {
    merchantId: merchant.id,
    orderId: request.orderId,
    refundId: request.refundId,
    amount: BigInt(request.amount),
    reason: request.reason ?? null,
    source: "api",
  });
  // A replay matched the same parameters, orderId included, so the order is the request's.
  return json(created ? 201 : 200, serializeRefund({ ...refund, payment: { orderId: request.orderId } }));
});
