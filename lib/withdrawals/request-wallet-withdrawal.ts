import type { Withdrawal } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { accounts, credit, debit, getLockedBalances, postEntry } from "@/lib/ledger";
import { formatCny } from "@/lib/money";
import { seal } from "@/lib/secrets/sealed-text";
import { PROCESS_WITHDRAWAL_JOB } from "./withdrawal-jobs";

/** The most one wallet withdrawal may take out (¥50,000.00). */
export const WALLET_WITHDRAWAL_LIMIT = 5_000_000n;
const CARD_NUMBER = /^\d{12,19}$/;

export type WalletWithdrawalInput = {
  userId: string;
  bankCode: string;
  /** The bank's registry codes the gateway can pay out through. */
  knownBanks: readonly string[];
  cardNumber: string;
  accountName: string;
  amount: bigint;
  password: string;
  /** The form's key: a double submit withdraws once. */
  idempotencyKey: string;
};

function checkInput(input: WalletWithdrawalInput): string {
  const card = input.cardNumber.replace(/[\s-]/g, "");
  if (!CARD_NUMBER.test(card))
    throw new AppError("invalid_request", "Enter the card number (12-19 digits).", "cardNumber");
  if (!input.knownBanks.includes(input.bankCode))
    throw new AppError("invalid_request", "Choose your card's bank.", "bankCode");
  if (!input.accountName.trim() || input.accountName.length > 100) {
    throw new AppError("invalid_request", "Enter the name on the card.", "accountName");
  }
  if (input.amount <= 0n) throw new AppError("invalid_request", "Withdraw at least ¥0.01.", "amount");
  if (input.amount > WALLET_WITHDRAWAL_LIMIT) {
    throw new AppError(
      "invalid_request",
      `A withdrawal is at most ${formatCny(WALLET_WITHDRAWAL_LIMIT)}.`,
      "amount",
    );
  }
  return card;
}

/**
 * A wallet user withdraws to their own bank card, through that bank's connector (a payout). Money
 * leaves the wallet at once, with the withdrawal, in one transaction (the wallet locked, so concurrent
 * withdrawals and sends cannot spend it twice); the bank is instructed after commit by the same job as
 * merchants' withdrawals, and a refusal puts the money back. The password is asked every time: money
 * leaves Paylane. The card number is kept sealed only as long as the payout needs it.
 */
export async function requestWalletWithdrawal(db: Db, input: WalletWithdrawalInput): Promise<Withdrawal> {
  const card = checkInput(input);
  const user = await db.user.findUnique({ where: { id: input.userId } });
  if (!user || user.status !== "ACTIVE") throw new AppError("forbidden", "This wallet cannot withdraw.");
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("invalid_request", "Enter your password to confirm.", "password");
  }
  const at = now();
  const id = newId("wd", at.getTime());
  const accountNumberSealed = await seal(db, card, id);
  try {
    return await db.$transaction(async (tx) => {
      const wallet = accounts.wallet(user.id);
      const balance = (await getLockedBalances(tx, [wallet])).get(wallet.code) ?? 0n;
      const earlier = await tx.withdrawal.findUnique({
        where: { userId_idempotencyKey: { userId: user.id, idempotencyKey: input.idempotencyKey } },
      });
      if (earlier) return earlier;
      if (input.amount > balance) {
        throw new AppError("insufficient_funds", `Your balance is ${formatCny(balance)}.`, "amount");
      }
      const withdrawal = await tx.withdrawal.create({
        data: {
          id,
          userId: user.id,
          accountName: input.accountName.trim(),
          accountLast4: card.slice(-4),
          accountNumberSealed,
          idempotencyKey: input.idempotencyKey,
          bankCode: input.bankCode,
          amount: input.amount,
          createdById: user.id,
          nextQueryAt: at,
          createdAt: at,
        },
      });
      await postEntry(tx, {
        eventType: "withdrawal.requested",
        eventId: withdrawal.id,
        description: `Withdrawal to ${input.bankCode} card ****${withdrawal.accountLast4}`,
        lines: [debit(wallet, input.amount), credit(accounts.bankClearing(input.bankCode), input.amount)],
      });
      await enqueueJob(tx, {
        type: PROCESS_WITHDRAWAL_JOB,
        payload: { withdrawalId: withdrawal.id },
        dedupeKey: `${PROCESS_WITHDRAWAL_JOB}:${withdrawal.id}`,
      });
      return withdrawal;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.withdrawal.findUniqueOrThrow({
      where: { userId_idempotencyKey: { userId: user.id, idempotencyKey: input.idempotencyKey } },
    });
  }
}

/** A wallet user's withdrawals, newest first. */
export function listWalletWithdrawals(db: Db, userId: string) {
  return db.withdrawal.findMany({
    where: { userId },
    select: {
      id: true,
      bankCode: true,
      accountLast4: true,
      amount: true,
      status: true,
      failureReason: true,
      createdAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}
