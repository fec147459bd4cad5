import type { Db } from "@/lib/db";
import { getPaymentTimeline, serializePayment } from "@/lib/payments";

/**
 * Everything the dashboard shows about one payment: the API's payment object, attempts, bank messages
 * (stored already redacted) and notifications with every delivery attempt. The payment is looked up
 * by its id AND the signed-in member's merchant: another merchant's payment is null (a 404).
 */
export async function getPaymentDetail(db: Db, merchantId: string, paymentId: string) {
  const timeline = await getPaymentTimeline(db, merchantId, paymentId);
  if (!timeline) return null;
  const { attempts, bankMessages, notifications, ...payment } = timeline;
  // The payment object exactly as the API returns it, so the dashboard and the merchant's server agree.
  return { payment: serializePayment(payment), record: payment, attempts, bankMessages, notifications };
}

export type PaymentDetail = NonNullable<Awaited<ReturnType<typeof getPaymentDetail>>>;
