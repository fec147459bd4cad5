import { z } from "zod";
import type { Db } from "@/lib/db";
import { emailSchema } from "@/lib/users/normalize-email";
import { createUser } from "@/lib/users/create-user";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { isLocale } from "@/lib/i18n/config";
import { newId } from "@/lib/ids";
import { queueMail } from "@/lib/mail/queue-mail";
import { verifyEmailMail } from "@/lib/mail/templates/account-mails";
import { issueEmailToken } from "@/lib/auth/email-tokens";
import { passwordSchema } from "@/lib/auth/sign-up";

export const merchantSignUpSchema = z.object({
  companyName: z.string().trim().min(2).max(100),
  contactName: z.string().trim().min(1).max(60),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{5,19}$/),
  siteUrl: z
    .string()
    .trim()
    .url()
    .refine((url) => /^https?:\/\//.test(url)),
  email: emailSchema,
  password: passwordSchema,
  locale: z.string().optional(),
});

export type MerchantSignUpInput = z.infer<typeof merchantSignUpSchema>;

/**
 * An enterprise signs up: the company (a merchant awaiting review) and its first user, the owner
 * ("enterprise super user"), whose email is verified by mail like every account's.
 */
export async function signUpMerchant(db: Db, input: MerchantSignUpInput): Promise<{ merchantId: string }> {
  const locale = isLocale(input.locale) ? input.locale : "zh";
  return db.$transaction(async (tx) => {
    const owner = await createUser(tx, {
      email: input.email,
      password: input.password,
      name: input.contactName,
      role: "MERCHANT_OWNER",
      locale,
    });
    const merchant = await createMerchant(tx, {
      name: input.companyName,
      email: owner.email,
      siteUrl: input.siteUrl,
      contactName: input.contactName,
      phone: input.phone,
      status: "PENDING",
    });
    await tx.merchantMember.create({
      data: { id: newId("mem"), merchantId: merchant.id, userId: owner.id, role: "OWNER" },
    });
    const token = await issueEmailToken(tx, owner.id, "VERIFY_EMAIL");
    await queueMail(tx, { to: owner.email, ...verifyEmailMail(locale, token) });
    return { merchantId: merchant.id };
  });
}
