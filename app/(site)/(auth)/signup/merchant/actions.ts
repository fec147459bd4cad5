"use server";

import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { merchantSignUpSchema, signUpMerchant } from "@/lib/onboarding/sign-up-merchant";
import { fieldErrorsFrom, text, type ActionState } from "@/lib/forms/action-state";
import { authIssueKey } from "../../auth-errors";
import { completeSignUp } from "../../complete-sign-up";

const FIELDS = ["companyName", "contactName", "phone", "siteUrl", "email"] as const;

export async function merchantSignUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)]));
  const parsed = merchantSignUpSchema.safeParse({
    ...values,
    password: text(form, "password"),
    locale: await getLocale(),
  });
  if (!parsed.success)
    return { status: "error", fieldErrors: fieldErrorsFrom(parsed.error, authIssueKey), values };
  return completeSignUp(parsed.data.email, values, () => signUpMerchant(db, parsed.data));
}
