import { db } from "@/lib/db";
import { orderIdParam } from "@/lib/api/params";
import { json } from "@/lib/api/reply";
import { signedRoute } from "@/lib/api/signed-route";
import { getPayment } from "@/lib/payments";
import { listPaymentSplits } from "@/lib/splits/list-payment-splits";

// GET /api/v1/payments/{orderId}/splits: the shares of the merchant's payment (404 for another's order).
export const GET = signedRoute<{ orderId: string }>(async ({ merchant, params }) => {
  const payment = await getPayment(db, merchant.id, orderIdParam(params));
  return json(200, { orderId: payment.orderId, splits: await listPaymentSplits(db, payment.id) });
});
