import { Prisma } from "@/generated/prisma/client";

/**
 * FROM clause of the payments reconciliation reversed (the bank had no record of them), for reports
 * that count a reversal on the day it was booked: `e` is the reversal's journal entry (`e."createdAt"`
 * is when the money left the merchant, `e.id` identifies the reversal) and `p` the payment it undid.
 *
 * A payment stores no reversal time, so it is read from the ledger: reversePayment posts under the
 * exception case's id (lib/exceptions/apply-action.ts), and the case names the attempt that paid the
 * payment. Once payments carry their reversal time (Payment.reversedAt, set from the same entry), this
 * becomes a filter on payments alone.
 */
export const REVERSED_PAYMENTS = Prisma.sql`journal_entries e
  JOIN exception_cases c ON c.id = e."eventId"
  JOIN payments p ON p."paidAttemptId" = c.reference`;

/** The condition that makes `e` of REVERSED_PAYMENTS a reversal booked in [from, to). */
export function reversalBookedIn(from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`e."eventType" = 'payment.reversed' AND e."createdAt" >= ${from} AND e."createdAt" < ${to}`;
}
