import type { Db } from "@/lib/db";
import { payFromBalance, type PayFromBalanceResult, type PaymentKey } from "./pay-from-balance";

/** Pays from a Paylane prepaid card whose number and PIN the checkout has already checked. */
export function payWithPrepaidCard(
  db: Db,
  input: { payment: PaymentKey; cardId: string },
): Promise<PayFromBalanceResult> {
  return payFromBalance(db, input.payment, { method: "PREPAID_CARD", cardId: input.cardId });
}
