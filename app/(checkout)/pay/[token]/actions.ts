"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { emailSchema } from "@/lib/users/normalize-email";
import { clientIdFromHeaders } from "@/lib/auth/client-id";
import { startBankPayment } from "@/lib/bank-gateway/start-bank-payment";
import { payFromWallet } from "@/lib/checkout/pay-from-wallet";
import { payFromPrepaidCard } from "@/lib/checkout/pay-from-prepaid-card";
import { text, type ActionState } from "@/lib/forms/action-state";

function errorState(formError: string, values?: Record<string, string>, seconds?: number): ActionState {
  return {
    status: "error",
    formError,
    values: { ...values, ...(seconds ? { seconds: String(seconds) } : {}) },
  };
}

/** Bank card: open an attempt and send the shopper to the bank (302, or a form page for POST banks). */
export async function payByBankAction(
  token: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const bankCode = text(form, "bank");
  const rawEmail = text(form, "email").trim();
  const values = { bank: bankCode, email: rawEmail };
  if (!bankCode) return { status: "error", fieldErrors: { bank: "bank_required" }, values };
  const email = rawEmail ? emailSchema.safeParse(rawEmail) : null;
  if (email && !email.success) return { status: "error", fieldErrors: { email: "email_invalid" }, values };
  let target: string;
  try {
    const started = await startBankPayment(db, {
      checkoutToken: token,
      bankCode,
      payerEmail: email?.data ?? null,
    });
    target =
      started.redirect.method === "GET"
        ? started.redirect.url
        : `/pay/${encodeURIComponent(token)}/bank/${encodeURIComponent(started.attemptId)}`;
  } catch (error) {
    if (isAppError(error) && error.field === "bankCode") {
      return { status: "error", fieldErrors: { bank: "bank_unavailable" }, values };
    }
    if (isAppError(error)) return errorState("not_payable", values);
    throw error;
  }
  redirect(target);
}

/** Paylane wallet: the wallet's email and password pay from its balance, at once. */
export async function payByWalletAction(
  token: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const values = { email: text(form, "email") };
  const result = await payFromWallet(db, {
    checkoutToken: token,
    email: values.email,
    password: text(form, "password"),
    client: clientIdFromHeaders(await headers()),
  });
  if (result.status === "error") return errorState(result.reason, values, result.retryAfterSeconds);
  redirect(result.returnUrl);
}

/** Prepaid card: number and PIN pay from the card's balance, at once. The number is never echoed back. */
export async function payByPrepaidCardAction(
  token: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const result = await payFromPrepaidCard(db, {
    checkoutToken: token,
    number: text(form, "number"),
    pin: text(form, "pin"),
    client: clientIdFromHeaders(await headers()),
  });
  if (result.status === "error") return errorState(result.reason, undefined, result.retryAfterSeconds);
  redirect(result.returnUrl);
}
