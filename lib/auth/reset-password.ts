import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { isLocale } from "@/lib/i18n/config";
import { queueMail } from "@/lib/mail/queue-mail";
import { resetPasswordMail } from "@/lib/mail/templates/account-mails";
import { normalizeEmail } from "@/lib/users/normalize-email";
import { consumeEmailToken, issueEmailToken } from "./email-tokens";
import { hashPassword } from "./password";

/** Queues a reset link if the account exists; the caller always shows the same answer. */
export async function requestPasswordReset(db: Db, email: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normalizeEmail(email) } });
    if (!user || user.status !== "ACTIVE") return;
    const token = await issueEmailToken(tx, user.id, "RESET_PASSWORD");
    const locale = isLocale(user.locale) ? user.locale : "zh";
    await queueMail(tx, { to: user.email, ...resetPasswordMail(locale, token) });
  });
}

/**
 * Sets a new password from a reset link. Every session issued before now ends, and other outstanding
 * reset links die with it. Following the link proves the address, so it also counts as verification.
 */
export async function resetPassword(db: Db, token: string, newPassword: string): Promise<boolean> {
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, token, "RESET_PASSWORD");
    if (!userId) return false;
    const at = now();
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionsValidFrom: at, emailVerifiedAt: user.emailVerifiedAt ?? at },
    });
    await tx.emailToken.updateMany({
      where: { userId, purpose: "RESET_PASSWORD", usedAt: null },
      data: { usedAt: at },
    });
    return true;
  });
}
