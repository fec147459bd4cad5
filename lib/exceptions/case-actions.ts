import type { ExceptionKind } from "@/generated/prisma/client";
import type { CaseEvidence } from "@/lib/reconciliation/case-evidence";

export const EXCEPTION_ACTIONS = [
  "complete_payment",
  "reverse_payment",
  "adjust_fee",
  "post_adjustment",
  "accept",
] as const;

export type ExceptionAction = (typeof EXCEPTION_ACTIONS)[number];

/**
 * What an operator may do with each kind of case. `accept` (with a note) moves no money: the case was
 * explained or settled outside the gateway. The others post balanced entries:
 * - complete_payment: the bank approved an attempt the gateway never saw approved; it is applied
 *   exactly like a late bank notification (payment succeeds, ledger, merchant notification);
 * - reverse_payment: the gateway booked a payment the bank never received; it is taken back;
 * - adjust_fee: books what the bank charged beyond (or below) its contract as a bank-fee expense;
 * - post_adjustment: books the difference in bank clearing against reconciliation suspense, to clear
 *   with the bank.
 */
export const ACTIONS_BY_KIND: Record<ExceptionKind, readonly ExceptionAction[]> = {
  MISSING_AT_GATEWAY: ["complete_payment", "accept"],
  MISSING_AT_BANK: ["reverse_payment", "accept"],
  STATUS_DIFFERS: ["post_adjustment", "accept"],
  AMOUNT_DIFFERS: ["post_adjustment", "accept"],
  FEE_DIFFERS: ["adjust_fee", "accept"],
};

export function isExceptionAction(text: string): text is ExceptionAction {
  return (EXCEPTION_ACTIONS as readonly string[]).includes(text);
}

const PAYMENT_ONLY: ReadonlySet<ExceptionAction> = new Set(["complete_payment", "reverse_payment"]);

/** The actions for one case: completing or reversing applies to payments, not to refunds or payouts. */
export function actionsFor(kind: ExceptionKind, evidence: CaseEvidence): readonly ExceptionAction[] {
  const side = evidence.bank ?? evidence.gateway;
  return ACTIONS_BY_KIND[kind].filter((action) => side?.kind === "payment" || !PAYMENT_ONLY.has(action));
}
