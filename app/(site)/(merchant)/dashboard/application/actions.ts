"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { text, type ActionState } from "@/lib/forms/action-state";
import { requireUser } from "@/lib/auth/session";
import { MERCHANT_ROLES } from "@/lib/auth/roles";
import { membershipsOf } from "@/lib/auth/merchant-access";
import { cancelApplication } from "@/lib/onboarding/cancel-application";
import { submitApplication } from "@/lib/onboarding/submit-application";

const PATH = "/dashboard/application";

/** The owner submits (or resubmits) the self-service application. Field problems come back by name. */
export async function submitApplicationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser(MERCHANT_ROLES, PATH);
  const values = {
    siteName: text(form, "siteName"),
    siteUrl: text(form, "siteUrl"),
    businessDescription: text(form, "businessDescription"),
    contactName: text(form, "contactName"),
    contactPhone: text(form, "contactPhone"),
    contactEmail: text(form, "contactEmail"),
  };
  const products = form.getAll("products").filter((p): p is string => typeof p === "string");
  const [membership] = await membershipsOf(db, user.id);
  if (!membership) return { status: "error", formError: "not_found", values };
  try {
    await submitApplication(db, {
      userId: user.id,
      merchantId: membership.merchantId,
      input: { ...values, products, agreement: form.get("agreement") === "on" },
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const key = error.code === "invalid_request" ? "invalid" : error.code;
    return error.field && error.code !== "conflict"
      ? { status: "error", fieldErrors: { [error.field]: key }, values }
      : { status: "error", formError: key, values };
  }
  revalidatePath(PATH);
  redirect(`${PATH}?notice=submitted`);
}

/** Cancels the application named by the form; its merchant (and the owner check) come from the row. */
export async function cancelApplicationAction(form: FormData): Promise<void> {
  const user = await requireUser(MERCHANT_ROLES, PATH);
  let notice = "cancelled";
  try {
    await cancelApplication(db, { userId: user.id, applicationId: text(form, "applicationId") });
  } catch (error) {
    if (!isAppError(error)) throw error;
    notice = error.code === "conflict" ? "cancelTooLate" : "cancelRefused";
  }
  revalidatePath(PATH);
  redirect(`${PATH}?notice=${notice}`);
}
