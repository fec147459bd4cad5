"use server";

import { headers } from "next/headers";
import { db } from "@/lib/db";
import { verifyEmail, resendVerification } from "@/lib/auth/verify-email";
import { clientIdFromHeaders } from "@/lib/auth/client-id";
import { limitMailForms } from "@/lib/auth/sign-up-throttle";
import { emailSchema } from "@/lib/users/normalize-email";
import { kickWorker } from "@/lib/jobs/process-worker";
import { appErrorState, text, type ActionState } from "@/lib/forms/action-state";
import { authCodeKey } from "../auth-errors";

export async function verifyEmailAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ok = await verifyEmail(db, text(form, "token"));
  return ok ? { status: "done" } : { status: "error", formError: "linkInvalid" };
}

export async function resendVerificationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = { email: text(form, "email") };
  const email = emailSchema.safeParse(values.email);
  if (!email.success) return { status: "error", fieldErrors: { email: "errors.emailInvalid" }, values };
  try {
    await limitMailForms(db, clientIdFromHeaders(await headers()), "resend");
    await resendVerification(db, email.data);
  } catch (error) {
    return appErrorState(error, (code) => `errors.${authCodeKey(code)}`, values);
  }
  kickWorker();
  return { status: "done", values };
}
