import { db } from "@/lib/db";
import { refundIdParam } from "@/lib/api/params";
import { json } from "@/lib/api/reply";
import { signedRoute } from "@/lib/api/signed-route";
import { getRefund, serializeRefund } from "@/lib/refunds";

// GET /api/v1/refunds/{refundId}: the merchant's refund (404 for another merchant's).
export const GET = signedRoute<{ refundId: string }>(async ({ merchant, params }) => {
  return json(200, serializeRefund(await getRefund(db, merchant.id, refundIdParam(params))));
});
