import type { Db } from "@/lib/db";
import { requireMerchantPermission } from "@/lib/auth/merchant-access";
import { AppError } from "@/lib/errors";
import { resendNotification, type ResendResult } from "@/lib/notify/resend-notification";

/**
 * A member asks for one more delivery of a notification. The merchant is the event's own, never one
 * from the form: a member of another merchant gets `not_found`. Resending needs only `payments.view`:
 * it re-posts the same signed event to the notifyUrl the merchant's server fixed when it created the
 * payment, so it moves no money, reveals nothing new and cannot send data anywhere else; whoever may
 * see the payment may ask for its notice again.
 */
export async function resendMerchantNotification(
  db: Db,
  options: { userId: string; eventId: string },
): Promise<ResendResult & { paymentId: string | null }> {
  const event = await db.notificationEvent.findUnique({
    where: { id: options.eventId },
    select: { id: true, merchantId: true, paymentId: true },
  });
  if (!event) throw new AppError("not_found", "No such notification.");
  await requireMerchantPermission(db, options.userId, event.merchantId, "payments.view");
  const result = await resendNotification(db, event.id, { merchantId: event.merchantId });
  return { ...result, paymentId: event.paymentId };
}
