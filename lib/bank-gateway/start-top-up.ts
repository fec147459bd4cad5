import type { Db } from "@/lib/db";
import { createTopUp } from "@/lib/payments";
import { startBankPayment } from "./start-bank-payment";

/**
 * A wallet user tops up by bank card: the top-up payment and its attempt at the chosen bank, and where
 * to send the browser: the bank's page (GET banks) or the gateway's hand-off page (POST banks).
 */
export async function startTopUp(
  db: Db,
  input: { userId: string; email: string; amount: bigint; bankCode: string },
): Promise<{ paymentId: string; location: string }> {
  const payment = await createTopUp(db, input);
  const started = await startBankPayment(db, {
    checkoutToken: payment.checkoutToken,
    bankCode: input.bankCode,
    payerEmail: input.email,
  });
  const location =
    started.redirect.method === "GET"
      ? started.redirect.url
      : `/pay/${encodeURIComponent(payment.checkoutToken)}/bank/${encodeURIComponent(started.attemptId)}`;
  return { paymentId: payment.id, location };
}
