import type { Db } from "@/lib/db";
import { listPayments, type PaymentListFilter, type PaymentPage } from "@/lib/payments";

export const PAYMENTS_PER_PAGE = 20;

/**
 * One page (20) of the merchant's payments for the dashboard list, newest first. The cursor comes
 * from the query string, so it is used only if it names one of this merchant's payments: a cursor
 * from another merchant would otherwise position the page by that payment's creation time.
 */
export async function listMerchantPayments(
  db: Db,
  merchantId: string,
  filter: PaymentListFilter,
  cursor: string | null,
): Promise<PaymentPage> {
  const owned = cursor
    ? await db.payment.findFirst({ where: { id: cursor, merchantId }, select: { id: true } })
    : null;
  return listPayments(db, merchantId, filter, { cursor: owned?.id ?? null, limit: PAYMENTS_PER_PAGE });
}
