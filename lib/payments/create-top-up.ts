import type { Payment } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { newId, randomToken } from "@/lib/ids";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { DEFAULT_EXPIRY_MS, MAX_AMOUNT } from "./payment-rules";
import { AppError } from "@/lib/errors";
import { paramsHash } from "./params-hash";

/** Paylane itself, as the merchant of wallet top-ups: approved, and charging no fee. */
export const TOP_UP_MERCHANT_ID = "mch_paylane_wallet_top_ups";

async function ensureTopUpMerchant(tx: Tx): Promise<void> {
  await tx.merchant.upsert({
    where: { id: TOP_UP_MERCHANT_ID },
    update: { products: ["RMB"] },
    create: {
      products: ["RMB"],
      id: TOP_UP_MERCHANT_ID,
      name: "Paylane wallet top-up",
      email: "wallet@paylane.local",
      siteUrl: env.APP_URL,
      status: "ACTIVE",
      feeBps: 0,
    },
  });
}

/**
 * A top-up of `userId`'s wallet by bank card, as a payment whose merchant is Paylane: the bank path
 * (attempts, returns, notifications, queries, expiry) is the payments', and on success markSucceeded
 * credits the wallet. The shopper comes back to their wallet's top-up page.
 */
export async function createTopUp(
  db: Db,
  input: { userId: string; email: string; amount: bigint },
): Promise<Payment> {
  if (input.amount <= 0n || input.amount > BigInt(MAX_AMOUNT)) {
    throw new AppError("invalid_request", "Top up between ¥0.01 and the payment limit.", "amount");
  }
  return db.$transaction(async (tx) => {
    await ensureTopUpMerchant(tx);
    const at = now();
    const id = newId("pay", at.getTime());
    const orderId = `TOPUP-${id.slice(4)}`;
    const returnUrl = `${env.APP_URL}/wallet/top-up/${id}`;
    return tx.payment.create({
      data: {
        id,
        merchantId: TOP_UP_MERCHANT_ID,
        orderId,
        amount: input.amount,
        currency: "CNY",
        subject: "Wallet top-up",
        // Never called: top-ups notify nobody (see finishUnpaid and markSucceeded).
        notifyUrl: returnUrl,
        returnUrl,
        payerEmail: input.email,
        paramsHash: paramsHash({
          orderId,
          amount: input.amount,
          currency: "CNY",
          subject: "Wallet top-up",
          notifyUrl: returnUrl,
          returnUrl,
          payerEmail: input.email,
          expiresAt: null,
          metadata: {},
        }),
        checkoutToken: randomToken(24),
        expiresAt: new Date(at.getTime() + DEFAULT_EXPIRY_MS),
        topUpUserId: input.userId,
        createdAt: at,
      },
    });
  });
}
