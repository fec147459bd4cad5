// Test support for refunds: paid payments of each kind, through the same verbs checkout uses.
import type { Payment } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { accounts } from "@/lib/ledger";
import { fund } from "@/lib/ledger/test-helpers";
import { payWithWallet } from "@/lib/payments";
import { createWalletUser, pendingPayment } from "@/lib/payments/testing";

/** A payment of `amount` paid from a fresh wallet user's wallet; returns both. */
export async function walletPaidPayment(
  merchantId: string,
  amount: bigint,
): Promise<{ payment: Payment; payerId: string }> {
  const payerId = await createWalletUser();
  await fund(db, accounts.wallet(payerId), amount);
  const pending = await pendingPayment(merchantId, { amount });
  const result = await payWithWallet(db, { payment: { id: pending.id }, userId: payerId });
  if (result.status !== "succeeded") throw new Error(`wallet payment ${result.status}`);
  return { payment: result.payment, payerId };
}
