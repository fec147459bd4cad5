import { createPaymentRequestSchema, orderIdSchema, paymentObjectSchema } from "../schemas/payments";
import type { ApiOperation } from "./operation";

const orderIdParam = {
  name: "orderId",
  schema: orderIdSchema,
  description: "The merchant's order id given when the payment was created.",
};

export const paymentOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/payments",
    operationId: "createPayment",
    tag: "Payments",
    summary: "Create a payment",
    description:
      "Creates a payment and returns it with its `checkoutUrl`, where the shopper's browser is sent to pay. " +
      "Idempotent on `orderId`: the same parameters again answer `200` with the same payment (a safe retry), " +
      "different parameters answer `409 order_conflict`. Concurrent duplicates create exactly one payment.",
    signed: true,
    requestBody: createPaymentRequestSchema,
    responses: {
      201: { description: "Created.", schema: paymentObjectSchema },
      200: {
        description: "A retry of an earlier create with the same parameters: the same payment.",
        schema: paymentObjectSchema,
      },
    },
    errors: ["invalid_request", "merchant_not_active", "order_conflict"],
  },
  {
    method: "get",
    path: "/api/v1/payments/{orderId}",
    operationId: "getPayment",
    tag: "Payments",
    summary: "Retrieve a payment",
    description:
      "The payment as it is now. Trust this over notifications, which may arrive late, twice or out of order.",
    signed: true,
    pathParams: [orderIdParam],
    responses: { 200: { description: "The payment.", schema: paymentObjectSchema } },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/payments/{orderId}/close",
    operationId: "closePayment",
    tag: "Payments",
    summary: "Close a payment",
    description:
      "Closes a `pending` payment so that it can no longer be paid (`200`, status `closed`). Closing again " +
      "answers `200` again; a payment that already expired or failed is returned as it is. A payment that " +
      "succeeded answers `409 order_conflict` and stays as it is. The body is empty.",
    signed: true,
    pathParams: [orderIdParam],
    responses: {
      200: { description: "The payment, now closed (or already final).", schema: paymentObjectSchema },
    },
    errors: ["not_found", "order_conflict"],
  },
  {
    method: "get",
    path: "/api/v1/platform-key",
    operationId: "getPlatformKey",
    tag: "Keys",
    summary: "Get the platform public key",
    description:
      "The gateway's RSA public key (SPKI PEM). Verify every response's and notification's " +
      "`Paylane-Signature` with it. Unsigned, no authentication.",
    signed: false,
    responses: {
      200: {
        description: "The key.",
        contentType: "application/x-pem-file",
        example:
          "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA…\n-----END PUBLIC KEY-----\n",
      },
    },
    errors: ["internal_error"],
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Keys",
    summary: "Get this OpenAPI document",
    description: "This document, generated from the schemas that validate the API's requests.",
    signed: false,
    responses: { 200: { description: "The OpenAPI 3.1 document.", contentType: "application/json" } },
    errors: [],
  },
];
