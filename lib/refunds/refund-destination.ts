import type { PaymentAttempt, RefundRoute } from "@/generated/prisma/client";
import { STRIPE_BANK_CODE } from "@/lib/acquirers";
import { accounts, type AccountSpec } from "@/lib/ledger";

export type RefundDestination =
  // Paid back at once, inside the refund's own transaction.
  | { route: "WALLET" | "PREPAID_CARD"; bankCode: null; account: AccountSpec }
  // Paid back by an outside system that answers later; the money waits in refunds in transit.
  | { route: "BANK" | "ACQUIRER"; bankCode: string; account: AccountSpec };

/** Refunds go back the way the money came (spec): the attempt that paid says which way that was. */
export function refundDestination(paidAttempt: PaymentAttempt): RefundDestination {
  if (paidAttempt.method === "WALLET") {
    if (!paidAttempt.payerUserId) throw new Error(`wallet attempt ${paidAttempt.id} has no payer`);
    return { route: "WALLET", bankCode: null, account: accounts.wallet(paidAttempt.payerUserId) };
  }
  if (paidAttempt.method === "PREPAID_CARD" && paidAttempt.prepaidCardId) {
    return {
      route: "PREPAID_CARD",
      bankCode: null,
      account: accounts.prepaidCard(paidAttempt.prepaidCardId),
    };
  }
  if (!paidAttempt.bankCode) throw new Error(`attempt ${paidAttempt.id} has no bank to refund through`);
  const route: RefundRoute = paidAttempt.bankCode === STRIPE_BANK_CODE ? "ACQUIRER" : "BANK";
  return { route, bankCode: paidAttempt.bankCode, account: accounts.refundsInTransit() };
}
