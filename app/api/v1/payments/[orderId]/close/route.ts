import { db } from "@/lib/db";
import { kickWorker } from "@/lib/jobs/process-worker";
import { orderIdParam } from "@/lib/api/params";
import { json } from "@/lib/api/reply";
import { signedRoute } from "@/lib/api/signed-route";
import { closePayment, serializePayment } from "@/lib/payments";

// POST /api/v1/payments/{orderId}/close: 200 closed (again: 200), 409 order_conflict once succeeded.
export const POST = signedRoute<{ orderId: string }>(async ({ merchant, params }) => {
  const payment = await closePayment(db, merchant.id, orderIdParam(params));
  kickWorker();
  return json(200, serializePayment(payment));
});
