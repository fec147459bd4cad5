"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { MERCHANT_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/forms/action-state";
import { kickWorker } from "@/lib/jobs/process-worker";
import { parseYuan } from "@/lib/money";
import { charCount } from "@/lib/payments/payment-rules";
import { refundPaymentFromDashboard } from "@/lib/merchant-dashboard/refund-payment";
import { REFUND_ID_PATTERN, REFUND_REASON_MAX_CHARS } from "@/lib/refunds/refund-rules";

const PAYMENT_ID = /^pay_[0-9a-z]{26}$/;

/** Message keys under dashboard.refund.problems. */
export type RefundProblem =
  | "amountRequired"
  | "amountMalformed"
  | "amountPrecision"
  | "reasonTooLong"
  | "amount_exceeds_refundable"
  | "refund_window_expired"
  | "payment_not_refundable"
  | "merchant_balance_insufficient"
  | "order_conflict"
  | "forbidden"
  | "not_found";

export type RefundFormState =
  | { status: "idle" }
  | {
      status: "error";
      field: "amount" | "reason" | null;
      problem: RefundProblem;
      amount: string;
      reason: string;
    }
  | { status: "done"; refundId: string; refundStatus: "PROCESSING" | "SUCCEEDED" | "FAILED" };

const KNOWN_CODES = new Set<string>([
  "amount_exceeds_refundable",
  "refund_window_expired",
  "payment_not_refundable",
  "merchant_balance_insufficient",
  "order_conflict",
  "forbidden",
  "not_found",
]);

/** "Refund" on a payment's page (refunds.create). Problems name the field; nothing changes on a refusal. */
export async function refundPaymentAction(_prev: RefundFormState, form: FormData): Promise<RefundFormState> {
  const paymentId = text(form, "paymentId");
  const amountText = text(form, "amount");
  const reason = text(form, "reason").trim();
  const refundId = text(form, "refundId");
  const user = await requireUser(MERCHANT_ROLES, "/dashboard/payments");
  const fail = (field: "amount" | "reason" | null, problem: RefundProblem): RefundFormState => ({
    status: "error",
    field,
    problem,
    amount: amountText,
    reason,
  });
  if (!PAYMENT_ID.test(paymentId) || !REFUND_ID_PATTERN.test(refundId)) return fail(null, "not_found");
  if (!amountText.trim()) return fail("amount", "amountRequired");
  const amount = parseYuan(amountText);
  if (!amount.ok)
    return fail("amount", amount.reason === "precision" ? "amountPrecision" : "amountMalformed");
  if (amount.minor <= 0n) return fail("amount", "amountMalformed");
  if (charCount(reason) > REFUND_REASON_MAX_CHARS) return fail("reason", "reasonTooLong");
  try {
    const { refund } = await refundPaymentFromDashboard(db, {
      userId: user.id,
      paymentId,
      amount: amount.minor,
      reason: reason || null,
      refundId,
    });
    kickWorker();
    revalidatePath(`/dashboard/payments/${paymentId}`);
    return { status: "done", refundId: refund.refundId, refundStatus: refund.status };
  } catch (error) {
    if (!isAppError(error) || !KNOWN_CODES.has(error.code)) throw error;
    return fail(error.field === "amount" ? "amount" : null, error.code as RefundProblem);
  }
}
