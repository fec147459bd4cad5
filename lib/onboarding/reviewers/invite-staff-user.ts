import type { Role, User } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { issueEmailToken } from "@/lib/auth/email-tokens";
import { randomToken } from "@/lib/ids";
import { isLocale } from "@/lib/i18n/config";
import { queueMail } from "@/lib/mail/queue-mail";
import { invitationMail } from "@/lib/mail/templates/onboarding-mails";
import { createUser } from "@/lib/users/create-user";

/**
 * Creates an account for someone invited by another user (a reviewer by an admin, an operator by a
 * merchant's owner) with an unknowable password, and mails them a link to choose their own. Following
 * the link also verifies the address.
 */
export async function inviteUser(
  tx: Tx,
  options: { email: string; name?: string; role: Role; locale?: string; inviter: string; what: string },
): Promise<User> {
  const locale = isLocale(options.locale) ? options.locale : "zh";
  const user = await createUser(tx, {
    email: options.email,
    password: randomToken(),
    role: options.role,
    name: options.name,
    locale,
  });
  const token = await issueEmailToken(tx, user.id, "RESET_PASSWORD");
  await queueMail(tx, {
    to: user.email,
    ...invitationMail(locale, { token, inviter: options.inviter, what: options.what }),
  });
  return user;
}
