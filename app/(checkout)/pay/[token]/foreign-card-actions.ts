"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { clientIdFromHeaders } from "@/lib/auth/client-id";
import { parseCardInput } from "@/lib/acquirers/card-input";
import { payByForeignCard } from "@/lib/acquirers/pay-by-foreign-card";
import { text, type ActionState } from "@/lib/forms/action-state";

/**
 * International card: the card is checked, handed to the acquirer and charged at once. The number and
 * CVC live only in this request: they are not logged, stored or sent back to the browser.
 */
export async function payByForeignCardAction(
  token: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  // What the form may show again after an error; never the number or the CVC.
  const values = {
    expMonth: text(form, "expMonth"),
    expYear: text(form, "expYear"),
    name: text(form, "name"),
  };
  const parsed = parseCardInput({ ...values, number: text(form, "number"), cvc: text(form, "cvc") }, now());
  if (!parsed.ok) return { status: "error", fieldErrors: parsed.fieldErrors, values };
  const result = await payByForeignCard(db, {
    checkoutToken: token,
    card: parsed.card,
    client: clientIdFromHeaders(await headers()),
  });
  if (result.status === "paid") redirect(result.returnUrl);
  if (result.status === "invalid") {
    return { status: "error", fieldErrors: { [result.field]: result.reason }, values };
  }
  const seconds: Record<string, string> = result.retryAfterSeconds
    ? { seconds: String(result.retryAfterSeconds) }
    : {};
  return { status: "error", formError: result.reason, values: { ...values, ...seconds } };
}
