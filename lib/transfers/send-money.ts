import type { WalletTransfer } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { accounts, credit, debit, getLockedBalances, postEntry } from "@/lib/ledger";
import { formatCny } from "@/lib/money";
import { charCount } from "@/lib/payments/payment-rules";
import { normalizeEmail } from "@/lib/users/normalize-email";
import { shanghaiDay, startOfShanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import {
  CLAIM_WINDOW_MS,
  DAILY_SEND_LIMIT,
  NOTE_MAX_CHARS,
  PASSWORD_RECHECK_ABOVE,
  RECIPIENT_EMAIL,
  newPairingCode,
} from "./transfer-rules";
import { mailNewTransfer } from "./notify-transfer";

export type SendMoneyInput = {
  senderId: string;
  recipientEmail: string;
  /** Fen, already parsed from what the sender typed. */
  amount: bigint;
  note?: string | null;
  /** One per send form (or client request): the same key again sends nothing more. */
  idempotencyKey: string;
  /** Needed above PASSWORD_RECHECK_ABOVE. */
  password?: string | null;
};

export type SendMoneyResult = { transfer: WalletTransfer; created: boolean };

function sameRequest(existing: WalletTransfer, email: string, amount: bigint): SendMoneyResult {
  if (existing.recipientEmail !== email || existing.amount !== amount) {
    throw new AppError("conflict", "This form was already used for another transfer.", "idempotencyKey");
  }
  return { transfer: existing, created: false };
}

/** Sends today (Shanghai day) that count against the daily limit: every one not cancelled. */
async function sentToday(tx: Tx, senderId: string): Promise<bigint> {
  const since = startOfShanghaiDay(shanghaiDay(now()));
  const total = await tx.walletTransfer.aggregate({
    where: { senderId, createdAt: { gte: since }, status: { not: "CANCELLED" } },
    _sum: { amount: true },
  });
  return total._sum.amount ?? 0n;
}

async function sendInTransaction(tx: Tx, input: SendMoneyInput, email: string): Promise<SendMoneyResult> {
  const wallet = accounts.wallet(input.senderId);
  // The sender's wallet stays locked to the end: their concurrent sends queue here, so the balance and
  // the daily total each is checked against are exact.
  const balance = (await getLockedBalances(tx, [wallet])).get(wallet.code) ?? 0n;
  const existing = await tx.walletTransfer.findUnique({
    where: { senderId_idempotencyKey: { senderId: input.senderId, idempotencyKey: input.idempotencyKey } },
  });
  if (existing) return sameRequest(existing, email, input.amount);
  if (balance < input.amount) {
    throw new AppError("insufficient_funds", `Your balance is ${formatCny(balance)}.`, "amount");
  }
  const today = await sentToday(tx, input.senderId);
  if (today + input.amount > DAILY_SEND_LIMIT) {
    throw new AppError(
      "invalid_request",
      `Above the daily limit of ${formatCny(DAILY_SEND_LIMIT)}: ${formatCny(DAILY_SEND_LIMIT - today)} left today.`,
      "amount",
    );
  }
  const recipient = await tx.user.findUnique({
    where: { email },
    select: { id: true, status: true, emailVerifiedAt: true },
  });
  const registered = recipient?.status === "ACTIVE" && recipient.emailVerifiedAt !== null;
  const at = now();
  const transfer = await tx.walletTransfer.create({
    data: {
      id: newId("wtr", at.getTime()),
      senderId: input.senderId,
      recipientEmail: email,
      recipientId: registered ? recipient.id : null,
      amount: input.amount,
      note: input.note?.trim() || null,
      status: registered ? "COMPLETED" : "UNCLAIMED",
      pairingCode: newPairingCode(),
      idempotencyKey: input.idempotencyKey,
      expiresAt: registered ? null : new Date(at.getTime() + CLAIM_WINDOW_MS),
      finishedAt: registered ? at : null,
      createdAt: at,
    },
  });
  await postEntry(tx, {
    eventType: "transfer.sent",
    eventId: transfer.id,
    description: `Sent to ${email}${transfer.note ? `: ${transfer.note}` : ""}`,
    lines: [
      debit(wallet, input.amount),
      credit(registered ? accounts.wallet(recipient.id) : accounts.pendingClaims(), input.amount),
    ],
  });
  await mailNewTransfer(tx, transfer);
  return { transfer, created: true };
}

/**
 * Sends wallet money to any email address. To an active, verified account it arrives at once; to any
 * other address it waits in unclaimed transfers until the owner of the address verifies it (or 30
 * days pass, or the sender cancels). Both sides are mailed, with the transfer's pairing code.
 *
 * Idempotent on the sender's key; refused (nothing changes, the field is named) for yourself, amounts
 * not above zero, a balance that cannot cover it, the daily limit, or a wrong password above the
 * re-check threshold.
 */
export async function sendMoney(db: Db, input: SendMoneyInput): Promise<SendMoneyResult> {
  const email = normalizeEmail(input.recipientEmail);
  if (!RECIPIENT_EMAIL.test(email) || email.length > 254) {
    throw new AppError("invalid_request", "Enter the recipient's email address.", "recipientEmail");
  }
  if (input.amount <= 0n) throw new AppError("invalid_request", "Send at least ¥0.01.", "amount");
  if (input.note && charCount(input.note) > NOTE_MAX_CHARS) {
    throw new AppError("invalid_request", `A note can be at most ${NOTE_MAX_CHARS} characters.`, "note");
  }
  const sender = await db.user.findUnique({
    where: { id: input.senderId },
    select: { email: true, status: true, passwordHash: true },
  });
  if (!sender || sender.status !== "ACTIVE")
    throw new AppError("forbidden", "This wallet cannot send money.");
  if (sender.email === email) {
    throw new AppError("invalid_request", "You cannot send money to yourself.", "recipientEmail");
  }
  if (
    input.amount > PASSWORD_RECHECK_ABOVE &&
    !(await verifyPassword(sender.passwordHash, input.password ?? ""))
  ) {
    throw new AppError(
      "invalid_request",
      `Above ${formatCny(PASSWORD_RECHECK_ABOVE)}, enter your password to confirm.`,
      "password",
    );
  }
  try {
    return await db.$transaction((tx) => sendInTransaction(tx, input, email), { maxWait: 10_000 });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.walletTransfer.findUniqueOrThrow({
      where: { senderId_idempotencyKey: { senderId: input.senderId, idempotencyKey: input.idempotencyKey } },
    });
    return sameRequest(existing, email, input.amount);
  }
}
