import { createRefundRequestSchema, refundIdSchema, refundObjectSchema } from "../schemas/refunds";
import type { ApiOperation } from "./operation";

export const refundOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/refunds",
    operationId: "createRefund",
    tag: "Refunds",
    summary: "Refund a payment",
    description:
      "Gives back all or part of a succeeded payment, the way the money came: to the payer's wallet or " +
      "prepaid card at once (`succeeded`), or to the bank card through its bank (`processing`, then " +
      "`succeeded` or `failed` with a `refund.*` notification). Within 90 × 24 hours of `paidAt`; the sum " +
      "of a payment's refunds that did not fail never exceeds it. The amount leaves the merchant's " +
      "`pending` balance first, then `available`; the payment's fee is not returned. Idempotent on " +
      "`refundId`: the same parameters again answer `200` with the same refund, others `409 order_conflict`. " +
      "A refused refund changes nothing.",
    signed: true,
    requestBody: createRefundRequestSchema,
    responses: {
      201: { description: "Created.", schema: refundObjectSchema },
      200: { description: "A retry with the same parameters: the same refund.", schema: refundObjectSchema },
    },
    errors: [
      "invalid_request",
      "merchant_not_active",
      "not_found",
      "order_conflict",
      "payment_not_refundable",
      "refund_window_expired",
      "amount_exceeds_refundable",
      "merchant_balance_insufficient",
    ],
  },
  {
    method: "get",
    path: "/api/v1/refunds/{refundId}",
    operationId: "getRefund",
    tag: "Refunds",
    summary: "Retrieve a refund",
    description: "The refund as it is now.",
    signed: true,
    pathParams: [{ name: "refundId", schema: refundIdSchema, description: "The merchant's refund id." }],
    responses: { 200: { description: "The refund.", schema: refundObjectSchema } },
    errors: ["not_found"],
  },
];
