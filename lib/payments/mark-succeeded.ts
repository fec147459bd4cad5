import type { Payment, PaymentAttempt } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { feeFor } from "@/lib/money";
import { feeLines } from "@/lib/commissions/commission-lines";
import { accounts, credit, debit, postEntry, type AccountSpec, type EntryLine } from "@/lib/ledger";
import { queueNotification } from "@/lib/notify/queue-notification";
import { assertTransition } from "./payment-state";
import { serializePayment } from "./serialize-payment";

/** Where the shopper's money came from: the bank it is now owed by, their wallet or their prepaid card. */
function sourceAccount(attempt: PaymentAttempt): AccountSpec {
  if (attempt.method === "WALLET") {
    if (!attempt.payerUserId) throw new Error(`wallet attempt ${attempt.id} has no payer`);
    return accounts.wallet(attempt.payerUserId);
  }
  if (attempt.method === "PREPAID_CARD" && attempt.prepaidCardId)
    return accounts.prepaidCard(attempt.prepaidCardId);
  if (!attempt.bankCode) throw new Error(`${attempt.method} attempt ${attempt.id} has no bank`);
  return accounts.bankClearing(attempt.bankCode);
}

/**
 * The one way a payment succeeds, inside the caller's transaction with the payment row locked: the
 * payment and attempt change, the money moves in the ledger (source → merchant pending + fee, less an
 * agent's commission) and the
 * merchant's notification joins the outbox, all or nothing. The ledger entry is keyed by the payment
 * id, so even a bug that got here twice could not post twice.
 *
 * Returns the payment and the attempt as they now are. Throws InsufficientFundsError (from the ledger)
 * when a wallet cannot cover the amount; the caller's
 * transaction is then aborted.
 */
export async function markSucceeded(
  tx: Tx,
  payment: Payment,
  attempt: PaymentAttempt,
  bankTxnId: string | null,
): Promise<{ payment: Payment; attempt: PaymentAttempt }> {
  assertTransition(payment.status, "SUCCEEDED");
  const merchants = await tx.$queryRaw<{ feeBps: number; name: string; agentId: string | null }[]>`
    SELECT "feeBps", "name", "agentId" FROM "merchants" WHERE "id" = ${payment.merchantId}`;
  const merchant = merchants[0];
  if (!merchant) throw new Error(`merchant ${payment.merchantId} of a payment does not exist`);
  const fee = feeFor(payment.amount, merchant.feeBps);
  const at = now();
  const approved: PaymentAttempt = {
    ...attempt,
    status: "APPROVED",
    bankTxnId: bankTxnId ?? attempt.bankTxnId,
    decidedAt: at,
    nextQueryAt: null,
    updatedAt: at,
  };
  // The attempt and the payment in one statement: this runs with the payment row locked.
  const rows = await tx.$queryRaw<Payment[]>`
    WITH "attempt" AS (
      UPDATE "payment_attempts"
         SET "status" = 'APPROVED', "bankTxnId" = ${approved.bankTxnId}, "decidedAt" = ${at},
             "nextQueryAt" = NULL, "updatedAt" = ${at}
       WHERE "id" = ${attempt.id}
    )
    UPDATE "payments"
       SET "status" = 'SUCCEEDED', "method" = ${attempt.method}::"PaymentMethod", "bankCode" = ${attempt.bankCode},
           "fee" = ${fee}, "paidAt" = ${at}, "paidAttemptId" = ${attempt.id}, "finalizedAt" = ${at},
           "updatedAt" = ${at}
     WHERE "id" = ${payment.id}
    RETURNING *`;
  const updated = rows[0];
  if (!updated) throw new Error(`payment ${payment.id} vanished while locked`);
  // A wallet top-up (Paylane is its merchant, at no fee) credits the user's wallet instead.
  const payee = payment.topUpUserId
    ? accounts.wallet(payment.topUpUserId)
    : accounts.merchantPending(payment.merchantId);
  const lines: EntryLine[] = [
    debit(sourceAccount(attempt), payment.amount),
    credit(payee, payment.amount - fee),
    ...(await feeLines(tx, {
      id: payment.id,
      merchantId: payment.merchantId,
      agentId: merchant.agentId,
      fee,
      at,
    })),
  ].filter((line) => line.amount !== 0n);
  await postEntry(tx, {
    eventType: "payment.succeeded",
    eventId: payment.id,
    // Shown in the payer's wallet history and the merchant's statement: who was paid, for what.
    description: `${merchant.name}: ${payment.subject} (order ${payment.orderId})`,
    lines,
  });
  if (!updated.topUpUserId) {
    await queueNotification(tx, {
      merchantId: updated.merchantId,
      paymentId: updated.id,
      type: "payment.succeeded",
      data: serializePayment(updated),
      notifyUrl: updated.notifyUrl,
    });
  }
  return { payment: updated, attempt: approved };
}
