import type { Db } from "@/lib/db";
import { payFromBalance, type PayFromBalanceResult, type PaymentKey } from "./pay-from-balance";

export type PayWithWalletInput = {
  payment: PaymentKey;
  /** The wallet user, already authenticated by the checkout (email and password). */
  userId: string;
};

export type PayWithWalletResult = PayFromBalanceResult;

/** Pays from a Paylane wallet; a wallet that cannot cover the amount is declined, the payment stays pending. */
export function payWithWallet(db: Db, input: PayWithWalletInput): Promise<PayWithWalletResult> {
  return payFromBalance(db, input.payment, { method: "WALLET", userId: input.userId });
}
