import { Prisma } from "@/generated/prisma/client";

/**
 * FROM clause of the payments reconciliation reversed (the bank had no record of them), for reports
 * that count a reversal on the day it was booked: `p` is the payment, and `e` names the reversal as a
 * row of its own: `e."createdAt"` is when the money left the merchant (Payment.reversedAt, the time of
 * the reversal's ledger entry) and `e.id` a stable id for paging.
 */
export const REVERSED_PAYMENTS = Prisma.sql`payments p
  CROSS JOIN LATERAL (SELECT p."reversedAt" AS "createdAt", 'rev_' || p.id AS id) e`;

/** The condition that makes a payment of REVERSED_PAYMENTS one reversed in [from, to). */
export function reversalBookedIn(from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`p."reversedAt" >= ${from} AND p."reversedAt" < ${to}`;
}
