import type { Payment, PaymentAttempt } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { accounts, getBalance, isInsufficientFunds, type AccountSpec } from "@/lib/ledger";
import { lockPaymentWithMerchant } from "./lock-payment";
import { assertPayable } from "./payment-state";
import { assertProductsAccept } from "./accepted-methods";
import { markSucceeded } from "./mark-succeeded";

/** Money Paylane itself holds for the payer: a wallet, or a prepaid card (already authenticated). */
export type BalanceSource = { method: "WALLET"; userId: string } | { method: "PREPAID_CARD"; cardId: string };

export type PaymentKey = { checkoutToken: string } | { id: string };

export type PayFromBalanceResult =
  | { status: "succeeded"; payment: Payment; attempt: PaymentAttempt }
  | { status: "declined"; reason: "insufficient_funds"; payment: Payment; attempt: PaymentAttempt };

function accountOf(source: BalanceSource): AccountSpec {
  return source.method === "WALLET" ? accounts.wallet(source.userId) : accounts.prepaidCard(source.cardId);
}

async function payerOf(tx: Tx, source: BalanceSource) {
  if (source.method === "WALLET") {
    const user = await tx.user.findUnique({
      where: { id: source.userId },
      select: { email: true, status: true },
    });
    if (!user || user.status !== "ACTIVE") throw new AppError("forbidden", "This wallet cannot pay.");
    return { payerUserId: source.userId, payerRef: user.email };
  }
  const card = await tx.prepaidCard.findUnique({
    where: { id: source.cardId },
    select: { last4: true, status: true },
  });
  if (!card || card.status !== "ACTIVE") throw new AppError("forbidden", "This card cannot pay.");
  return { prepaidCardId: source.cardId, payerRef: `•••• ${card.last4}` };
}

async function loadPayable(tx: Tx, key: PaymentKey, method: BalanceSource["method"]): Promise<Payment> {
  const locked = await lockPaymentWithMerchant(tx, key);
  if (!locked) throw new AppError("not_found", "No such payment.");
  // The payment as the rest of the verb and its callers know it, without the merchant's columns.
  const { merchantProducts, merchantName: _merchantName, ...payment } = locked;
  assertPayable(payment, now());
  // A wallet top-up is paid from a bank card only: from a balance it would be money going in a circle.
  if (payment.topUpUserId) throw new AppError("conflict", "A wallet top-up is paid by bank card.");
  assertProductsAccept(merchantProducts, method);
  return payment;
}

async function openAttempt(tx: Tx, payment: Payment, source: BalanceSource, declined: boolean) {
  const at = now();
  return tx.paymentAttempt.create({
    data: {
      id: newId("att", at.getTime()),
      paymentId: payment.id,
      method: source.method,
      amount: payment.amount,
      currency: payment.currency,
      ...(await payerOf(tx, source)),
      createdAt: at,
      ...(declined ? { status: "DECLINED", declineReason: "insufficient_funds", decidedAt: at } : {}),
    },
  });
}

async function recordDecline(db: Db, key: PaymentKey, source: BalanceSource): Promise<PayFromBalanceResult> {
  return db.$transaction(async (tx) => {
    const payment = await loadPayable(tx, key, source.method);
    const attempt = await openAttempt(tx, payment, source, true);
    return { status: "declined", reason: "insufficient_funds", payment, attempt };
  });
}

/**
 * Pays a payment from a balance Paylane holds: in one transaction the payment is locked, the attempt
 * opened and approved, the balance debited and the merchant credited (markSucceeded). A balance that
 * cannot cover the amount gets a clear decline and the payment stays pending. The balance is checked
 * first; if another payment empties it in between, the ledger's own check refuses the posting, the
 * transaction rolls back, and the decline is recorded in a second one.
 */
export async function payFromBalance(
  db: Db,
  key: PaymentKey,
  source: BalanceSource,
): Promise<PayFromBalanceResult> {
  try {
    return await db.$transaction(async (tx): Promise<PayFromBalanceResult> => {
      const payment = await loadPayable(tx, key, source.method);
      const balance = await getBalance(tx, accountOf(source));
      if (balance < payment.amount) {
        const attempt = await openAttempt(tx, payment, source, true);
        return { status: "declined", reason: "insufficient_funds", payment, attempt };
      }
      const attempt = await openAttempt(tx, payment, source, false);
      const paid = await markSucceeded(tx, payment, attempt, null);
      return { status: "succeeded", payment: paid.payment, attempt: paid.attempt };
    });
  } catch (error) {
    if (isInsufficientFunds(error)) return recordDecline(db, key, source);
    throw error;
  }
}
