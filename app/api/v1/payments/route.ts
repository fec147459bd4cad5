import { db } from "@/lib/db";
import { json } from "@/lib/api/reply";
import { signedRoute } from "@/lib/api/signed-route";
import { createPaymentRequestSchema, toCreatePaymentInput } from "@/lib/api/schemas/payments";
import { createPayment, serializePayment } from "@/lib/payments";

// POST /api/v1/payments: 201 with a new payment, 200 with the same one for a retry, 409 on conflict.
export const POST = signedRoute(async ({ merchant, body }) => {
  const input = toCreatePaymentInput(body(createPaymentRequestSchema));
  const { payment, created } = await createPayment(db, merchant, input);
  return json(created ? 201 : 200, serializePayment(payment));
});
