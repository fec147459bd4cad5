import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { isLocale } from "@/lib/i18n/config";
import { queueMail } from "@/lib/mail/queue-mail";
import { verifyEmailMail } from "@/lib/mail/templates/account-mails";
import { consumeEmailToken, issueEmailToken } from "./email-tokens";
import { normalizeEmail } from "@/lib/users/normalize-email";
import { claimTransfersFor } from "@/lib/transfers/claim-transfers";

/** Marks the token's address verified; false for a used, expired or unknown link. */
export async function verifyEmail(db: Db, token: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, token, "VERIFY_EMAIL");
    if (!userId) return false;
    const user = await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now() } });
    // Proving the address is what claims the money sent to it before the account existed.
    await claimTransfersFor(tx, user);
    return true;
  });
}

/** Sends a fresh link to an unverified account; silent otherwise, so it reveals nothing about accounts. */
export async function resendVerification(db: Db, email: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normalizeEmail(email) } });
    if (!user || user.emailVerifiedAt) return;
    const token = await issueEmailToken(tx, user.id, "VERIFY_EMAIL");
    const locale = isLocale(user.locale) ? user.locale : "zh";
    await queueMail(tx, { to: user.email, ...verifyEmailMail(locale, token) });
  });
}
