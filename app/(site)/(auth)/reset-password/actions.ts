"use server";

import { db } from "@/lib/db";
import { resetPassword } from "@/lib/auth/reset-password";
import { passwordSchema } from "@/lib/auth/sign-up";
import { fieldErrorsFrom, text, type ActionState } from "@/lib/forms/action-state";
import { authIssueKey } from "../auth-errors";

export async function resetPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = passwordSchema.safeParse(text(form, "password"));
  if (!parsed.success) {
    return {
      status: "error",
      fieldErrors: fieldErrorsFrom(parsed.error, (i) => authIssueKey({ ...i, path: ["password"] })),
    };
  }
  const ok = await resetPassword(db, text(form, "token"), parsed.data);
  return ok ? { status: "done" } : { status: "error", formError: "linkInvalid" };
}
