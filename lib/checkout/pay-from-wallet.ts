import type { Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { payWithWallet } from "@/lib/payments";

export type WalletCheckoutError =
  "wallet_credentials" | "wallet_unverified" | "wallet_insufficient" | "too_many_attempts" | "not_payable";

export type WalletCheckoutResult =
  | { status: "paid"; returnUrl: string }
  | { status: "error"; reason: WalletCheckoutError; retryAfterSeconds?: number };

/**
 * The checkout's wallet payment: the wallet's owner proves it with email and password (throttled like
 * any sign-in), then the payment is paid from the balance in one transaction.
 */
export async function payFromWallet(
  db: Db,
  input: { checkoutToken: string; email: string; password: string; client: string },
): Promise<WalletCheckoutResult> {
  const signIn = await signInWithPassword(db, {
    email: input.email,
    password: input.password,
    client: input.client,
  });
  if (!signIn.ok) {
    if (signIn.reason === "too_many_attempts") {
      return { status: "error", reason: "too_many_attempts", retryAfterSeconds: signIn.retryAfterSeconds };
    }
    return {
      status: "error",
      reason: signIn.reason === "email_unverified" ? "wallet_unverified" : "wallet_credentials",
    };
  }
  if (signIn.user.role !== "WALLET_USER") return { status: "error", reason: "wallet_credentials" };
  try {
    const paid = await payWithWallet(db, {
      payment: { checkoutToken: input.checkoutToken },
      userId: signIn.user.id,
    });
    if (paid.status === "declined") return { status: "error", reason: "wallet_insufficient" };
    return { status: "paid", returnUrl: paid.payment.returnUrl };
  } catch (error) {
    if (isAppError(error)) return { status: "error", reason: "not_payable" };
    throw error;
  }
}
