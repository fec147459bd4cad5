import { orderIdSchema } from "../schemas/payments";
import { paymentSplitsSchema } from "../schemas/splits";
import type { ApiOperation } from "./operation";

export const splitOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/payments/{orderId}/splits",
    operationId: "getPaymentSplits",
    tag: "Payments",
    summary: "Retrieve a payment's split shares",
    description:
      "Platform merchants (an extension of the spec): the shares given in `splits` when the payment was created, " +
      "what refunds took back from each, and whether each is still held in your pending balance or settled to " +
      "the sub-merchant. An empty list for a payment without splits.",
    signed: true,
    pathParams: [
      {
        name: "orderId",
        schema: orderIdSchema,
        description: "The merchant's order id given when the payment was created.",
      },
    ],
    responses: { 200: { description: "The payment's shares.", schema: paymentSplitsSchema } },
    errors: ["not_found"],
  },
];
