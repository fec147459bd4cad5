import { z } from "zod";
import type { Db } from "@/lib/db";
import { emailSchema } from "@/lib/users/normalize-email";
import { createUser } from "@/lib/users/create-user";
import { isLocale } from "@/lib/i18n/config";
import { queueMail } from "@/lib/mail/queue-mail";
import { verifyEmailMail } from "@/lib/mail/templates/account-mails";
import { issueEmailToken } from "./email-tokens";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";

export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().max(100).optional(),
  locale: z.string().optional(),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

/** Creates a wallet user and queues the verification mail in the same transaction. */
export async function signUpWalletUser(db: Db, input: SignUpInput): Promise<{ userId: string }> {
  const locale = isLocale(input.locale) ? input.locale : "zh";
  return db.$transaction(async (tx) => {
    const user = await createUser(tx, {
      email: input.email,
      password: input.password,
      name: input.name || undefined,
      role: "WALLET_USER",
      locale,
    });
    const token = await issueEmailToken(tx, user.id, "VERIFY_EMAIL");
    await queueMail(tx, { to: user.email, ...verifyEmailMail(locale, token) });
    return { userId: user.id };
  });
}
