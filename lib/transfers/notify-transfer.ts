import type { WalletTransfer } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { queueMail } from "@/lib/mail/queue-mail";
import { moneyReceivedMail, transferUpdateMail, type TransferEnd } from "./transfer-mails";

async function localeOf(tx: Tx, email: string): Promise<Locale> {
  const user = await tx.user.findUnique({ where: { email }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : "zh";
}

async function factsOf(tx: Tx, transfer: WalletTransfer) {
  const sender = await tx.user.findUniqueOrThrow({
    where: { id: transfer.senderId },
    select: { email: true },
  });
  return {
    senderEmail: sender.email,
    recipientEmail: transfer.recipientEmail,
    amount: transfer.amount,
    pairingCode: transfer.pairingCode,
  };
}

/** Mails both sides about a new transfer, in the transaction that made it (sent only if it commits). */
export async function mailNewTransfer(tx: Tx, transfer: WalletTransfer): Promise<void> {
  const facts = await factsOf(tx, transfer);
  const unclaimed = transfer.status === "UNCLAIMED";
  await queueMail(tx, {
    to: facts.senderEmail,
    ...transferUpdateMail(await localeOf(tx, facts.senderEmail), facts, "sent", true),
  });
  await queueMail(tx, {
    to: facts.recipientEmail,
    ...moneyReceivedMail(await localeOf(tx, facts.recipientEmail), facts, unclaimed),
  });
}

/** Mails the sender (and, for a cancel or return, the recipient's address) how a transfer ended. */
export async function mailTransferEnd(tx: Tx, transfer: WalletTransfer, end: TransferEnd): Promise<void> {
  const facts = await factsOf(tx, transfer);
  await queueMail(tx, {
    to: facts.senderEmail,
    ...transferUpdateMail(await localeOf(tx, facts.senderEmail), facts, end, true),
  });
  if (end === "cancelled" || end === "returned") {
    await queueMail(tx, {
      to: facts.recipientEmail,
      ...transferUpdateMail(await localeOf(tx, facts.recipientEmail), facts, end, false),
    });
  }
}
