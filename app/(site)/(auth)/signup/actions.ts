"use server";

import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { signUpSchema, signUpWalletUser } from "@/lib/auth/sign-up";
import { fieldErrorsFrom, text, type ActionState } from "@/lib/forms/action-state";
import { authIssueKey } from "../auth-errors";
import { completeSignUp } from "../complete-sign-up";

export async function signUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = { email: text(form, "email"), name: text(form, "name") };
  const parsed = signUpSchema.safeParse({
    ...values,
    password: text(form, "password"),
    locale: await getLocale(),
  });
  if (!parsed.success)
    return { status: "error", fieldErrors: fieldErrorsFrom(parsed.error, authIssueKey), values };
  return completeSignUp(parsed.data.email, values, () => signUpWalletUser(db, parsed.data));
}
