"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { MERCHANT_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { kickWorker } from "@/lib/jobs/process-worker";
import { resendMerchantNotification } from "@/lib/merchant-dashboard/resend-merchant-notification";

const input = z.object({
  eventId: z.string().regex(/^evt_[0-9a-z]{26}$/),
  back: z.enum(["payment", "notifications"]),
});

/**
 * "Resend" on a notification. The return page is built here from the event's own payment, never taken
 * from the form as a URL, so the form cannot redirect anywhere else. Needs payments.view (see
 * lib/merchant-dashboard/resend-merchant-notification.ts for why that is enough).
 */
export async function resendNotificationAction(form: FormData): Promise<void> {
  const user = await requireUser(MERCHANT_ROLES, "/dashboard/notifications");
  const parsed = input.safeParse({ eventId: text(form, "eventId"), back: text(form, "back") });
  if (!parsed.success) redirect("/dashboard/notifications?notice=missing");
  const { eventId, back } = parsed.data;
  let notice: "resent" | "busy" | "refused" | "missing";
  let paymentId: string | null = null;
  try {
    // The lib verb takes the merchant from the event and calls requireMerchantPermission for it.
    const result = await resendMerchantNotification(db, { userId: user.id, eventId });
    paymentId = result.paymentId;
    notice = result.queued ? "resent" : "busy";
  } catch (error) {
    if (!isAppError(error) || (error.code !== "forbidden" && error.code !== "not_found")) throw error;
    notice = error.code === "forbidden" ? "refused" : "missing";
  }
  if (notice === "resent") kickWorker();
  const query = `notice=${notice}&event=${eventId}`;
  redirect(
    back === "payment" && paymentId
      ? `/dashboard/payments/${paymentId}?${query}#notifications`
      : `/dashboard/notifications?${query}`,
  );
}
