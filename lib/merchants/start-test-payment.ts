import type { Db } from "@/lib/db";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { checkoutUrlFor, createPayment } from "@/lib/payments";

const appUrl = () => env.APP_URL.replace(/\/+$/, "");

/** A test payment is one fen: enough to walk the whole checkout, too little to matter. */
export const TEST_PAYMENT_AMOUNT = 1n;

/**
 * Creates a ¥0.01 payment for the member's merchant exactly as the API would, and returns the hosted
 * checkout's address, so the merchant can pay it with a test card and see the real flow end to end.
 * Refused with merchant_not_active like the API while no product is approved.
 */
export async function startTestPayment(
  db: Db,
  options: { userId: string; merchantId: string },
): Promise<{ paymentId: string; checkoutUrl: string }> {
  await requireMerchantPermission(db, options.userId, options.merchantId, "keys.manage");
  const merchant = await db.merchant.findUnique({
    where: { id: options.merchantId },
    select: { id: true, status: true },
  });
  if (!merchant) throw new AppError("not_found", "No such merchant.");
  const orderId = newId("test");
  const { payment } = await createPayment(db, merchant, {
    orderId,
    amount: TEST_PAYMENT_AMOUNT,
    currency: "CNY",
    subject: "Paylane test payment",
    notifyUrl: `${appUrl()}/api/test-payments/notify`,
    returnUrl: `${appUrl()}/dashboard/test-payment?orderId=${orderId}`,
    payerEmail: null,
    expiresAt: null,
    metadata: { paylaneTest: "true" },
  });
  return { paymentId: payment.id, checkoutUrl: checkoutUrlFor(payment.checkoutToken) };
}
