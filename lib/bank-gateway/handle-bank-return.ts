import type { Db } from "@/lib/db";
import { isBankError, type ReturnParams } from "@/lib/banks";
import { recordBankMessage } from "@/lib/payments";
import { bankRegistry } from "./registry";
import { applyPaymentResult } from "./apply-payment-result";

export type ReturnDestination =
  | { kind: "merchant"; url: string }
  | { kind: "checkout"; checkoutToken: string; declined?: string }
  | { kind: "invalid" };

/**
 * The shopper's browser comes back from the bank with a signed result. It is applied like the bank's
 * notification (whichever arrives first decides), then the shopper goes on: to the merchant's
 * returnUrl once paid, back to the checkout after a decline.
 */
export async function handleBankReturn(
  db: Db,
  bankCode: string,
  params: ReturnParams,
): Promise<ReturnDestination> {
  const connector = bankRegistry().get(bankCode);
  if (!connector) return { kind: "invalid" };
  let applied;
  let declined: string | undefined;
  try {
    const result = await connector.parseReturn(params);
    if (result.status === "declined") declined = result.declineReason;
    applied = await applyPaymentResult(db, result, "return");
  } catch (error) {
    if (!isBankError(error)) throw error;
    const body = new URLSearchParams(
      params instanceof URLSearchParams ? params : Object.entries(params),
    ).toString();
    await recordBankMessage(db, {
      bankCode,
      direction: "IN",
      kind: "return",
      body,
      verified: false,
      verdict: error.code,
    });
    return { kind: "invalid" };
  }
  const payment = applied.payment;
  if (!payment) return { kind: "invalid" };
  // A wallet top-up's own page shows every outcome, so its payer always goes back there.
  if (payment.status === "SUCCEEDED" || payment.topUpUserId)
    return { kind: "merchant", url: payment.returnUrl };
  return { kind: "checkout", checkoutToken: payment.checkoutToken, declined };
}
