import type { Db } from "@/lib/db";
import type { RefundWithOrder } from "../serialize-refund";

export const REFUNDS_PER_PAGE = 20;

export type MerchantRefundPage = { items: RefundWithOrder[]; nextCursor: string | null };

/**
 * One page of the merchant's refunds, newest first, with each payment's order id. The cursor comes from
 * the query string, so it is used only if it names one of this merchant's refunds.
 */
export async function listMerchantRefunds(
  db: Db,
  merchantId: string,
  cursor: string | null,
): Promise<MerchantRefundPage> {
  const owned = cursor
    ? await db.refund.findFirst({ where: { id: cursor, merchantId }, select: { id: true } })
    : null;
  const rows = await db.refund.findMany({
    where: { merchantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REFUNDS_PER_PAGE + 1,
    include: { payment: { select: { orderId: true } } },
    ...(owned ? { cursor: { id: owned.id }, skip: 1 } : {}),
  });
  const items = rows.slice(0, REFUNDS_PER_PAGE);
  return { items, nextCursor: rows.length > REFUNDS_PER_PAGE ? (items.at(-1)?.id ?? null) : null };
}
