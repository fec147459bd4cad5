import type { Payment } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { accounts, credit, debit, isInsufficientFunds, postEntry, type EntryLine } from "@/lib/ledger";
import { now } from "@/lib/clock";
import { reversedFeeLines } from "@/lib/commissions/commission-lines";
import { reverseSplitShares } from "@/lib/splits";
import { lockPayment } from "./lock-payment";

/**
 * failureReason of a succeeded payment whose money the bank never received. The status machine has
 * no way out of SUCCEEDED (the database enforces it), so the reversal is this mark plus its ledger
 * entry; refunds refuse a reversed payment.
 */
export const REVERSED_REASON = "reversed: the bank has no record of it";

export function isReversed(payment: Pick<Payment, "status" | "failureReason">): boolean {
  return payment.status === "SUCCEEDED" && payment.failureReason === REVERSED_REASON;
}

export type ReversePaymentInput = {
  /** The attempt that paid the payment (the reference in the bank's books). */
  attemptId: string;
  /** What the reversal is booked under (an exception case id): posting it twice posts once. */
  eventId: string;
};

/**
 * Undoes a bank payment the bank says never happened, inside the caller's transaction with the payment
 * locked: the payment's money leaves the merchant (pending, or available once settled; a settled split
 * payment's shares leave its sub-merchants), the platform's fee is given up (with an agent's commission
 * not yet paid out), and bank clearing stops expecting the amount. Refuses a payment with refunds (their
 * money already went back through the bank: an operator must sort that out by hand), one paid by
 * another attempt, and one whose merchant cannot cover the amount.
 */
export async function reversePayment(
  tx: Tx,
  input: ReversePaymentInput,
): Promise<{ payment: Payment; entryId: string }> {
  const attempt = await tx.paymentAttempt.findUnique({ where: { id: input.attemptId } });
  const payment = attempt && (await lockPayment(tx, { id: attempt.paymentId }));
  if (!attempt || !payment) throw new AppError("not_found", "The gateway has no such payment attempt.");
  if (isReversed(payment)) throw new AppError("conflict", "The payment was reversed already.");
  if (payment.status !== "SUCCEEDED" || payment.paidAttemptId !== attempt.id || !attempt.bankCode) {
    throw new AppError(
      "conflict",
      "This attempt did not pay its payment, so no money was booked for it: there is nothing to reverse.",
    );
  }
  if (payment.amountRefunded > 0n) {
    throw new AppError(
      "payment_not_refundable",
      "The payment has refunds: reverse it by hand with the bank, then accept the case.",
    );
  }
  const payee = payment.topUpUserId
    ? accounts.wallet(payment.topUpUserId)
    : payment.settlementId
      ? accounts.merchantAvailable(payment.merchantId)
      : accounts.merchantPending(payment.merchantId);
  const shares = await reverseSplitShares(tx, payment);
  const lines: EntryLine[] = [
    debit(payee, payment.amount - payment.fee - shares.total),
    ...shares.lines,
    ...(await reversedFeeLines(tx, payment, now())),
    credit(accounts.bankClearing(attempt.bankCode), payment.amount),
  ].filter((line) => line.amount !== 0n);
  let entryId: string;
  try {
    ({ entryId } = await postEntry(tx, {
      eventType: "payment.reversed",
      eventId: input.eventId,
      description: `Reversal of order ${payment.orderId}: not received by the bank`,
      lines,
    }));
  } catch (error) {
    if (!isInsufficientFunds(error)) throw error;
    throw new AppError(
      "merchant_balance_insufficient",
      "The merchant's balance cannot cover the reversal (already withdrawn?): settle it with the merchant first.",
    );
  }
  // The entry's own time, so that reports take the payment off on the day the ledger did.
  const entry = await tx.journalEntry.findUniqueOrThrow({
    where: { id: entryId },
    select: { createdAt: true },
  });
  const reversed = await tx.payment.update({
    where: { id: payment.id },
    data: { failureReason: REVERSED_REASON, reversedAt: entry.createdAt },
  });
  return { payment: reversed, entryId };
}
