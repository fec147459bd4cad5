import { db } from "@/lib/db";
import { orderIdParam } from "@/lib/api/params";
import { json } from "@/lib/api/reply";
import { signedRoute } from "@/lib/api/signed-route";
import { getPayment, serializePayment } from "@/lib/payments";

// GET /api/v1/payments/{orderId}: the merchant's payment (404 for another merchant's order).
export const GET = signedRoute<{ orderId: string }>(async ({ merchant, params }) => {
  const payment = await getPayment(db, merchant.id, orderIdParam(params));
  return json(200, serializePayment(payment));
});
