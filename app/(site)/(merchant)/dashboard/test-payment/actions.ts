"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { startTestPayment } from "@/lib/merchants/start-test-payment";
import { requireDashboardMember } from "../_lib/gate";

/** Creates the ¥0.01 test payment and sends the browser to the real hosted checkout. */
export async function startTestPaymentAction(): Promise<void> {
  let checkoutUrl: string;
  try {
    const gate = await requireDashboardMember("keys.manage", "/dashboard");
    ({ checkoutUrl } = await startTestPayment(db, { userId: gate.user.id, merchantId: gate.merchant.id }));
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`/dashboard/test-payment?problem=${error.code}`);
  }
  redirect(checkoutUrl);
}
