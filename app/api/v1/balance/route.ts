import { db } from "@/lib/db";
import { json } from "@/lib/api/reply";
import { signedRoute } from "@/lib/api/signed-route";
import { serializeBalance } from "@/lib/api/schemas/balance";
import { getMerchantBalance } from "@/lib/balances/get-merchant-balance";

// GET /api/v1/balance: the signed-in merchant's available and pending balances.
export const GET = signedRoute(async ({ merchant }) =>
  json(200, serializeBalance(await getMerchantBalance(db, merchant.id))),
);
