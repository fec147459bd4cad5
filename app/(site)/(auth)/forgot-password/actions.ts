"use server";

import { headers } from "next/headers";
import { db } from "@/lib/db";
import { requestPasswordReset } from "@/lib/auth/reset-password";
import { clientIdFromHeaders } from "@/lib/auth/client-id";
import { limitMailForms } from "@/lib/auth/sign-up-throttle";
import { emailSchema } from "@/lib/users/normalize-email";
import { kickWorker } from "@/lib/jobs/process-worker";
import { appErrorState, text, type ActionState } from "@/lib/forms/action-state";
import { authCodeKey } from "../auth-errors";

export async function forgotPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = { email: text(form, "email") };
  const email = emailSchema.safeParse(values.email);
  if (!email.success) return { status: "error", fieldErrors: { email: "emailInvalid" }, values };
  try {
    await limitMailForms(db, clientIdFromHeaders(await headers()), "reset");
    await requestPasswordReset(db, email.data);
  } catch (error) {
    return appErrorState(error, authCodeKey, values);
  }
  kickWorker();
  return { status: "done", values };
}
