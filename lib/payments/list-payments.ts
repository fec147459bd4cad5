import type { Payment, PaymentMethod, PaymentStatus, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";

/**
 * A payment's status as the dashboard shows it: a succeeded payment that reconciliation reversed (the
 * bank had no record of it) is REVERSED, not SUCCEEDED.
 */
export type ListedPaymentStatus = PaymentStatus | "REVERSED";

export type PaymentListFilter = {
  /** Orders whose id starts with this (the dashboard's search box). */
  orderIdPrefix?: string;
  status?: ListedPaymentStatus;
  method?: PaymentMethod;
  /** Created at or after `from`, and before `to`. */
  from?: Date;
  to?: Date;
};

export type PaymentPage = { items: Payment[]; nextCursor: string | null };

function statusWhere(status: ListedPaymentStatus | undefined): Prisma.PaymentWhereInput {
  if (status === "REVERSED") return { status: "SUCCEEDED", reversedAt: { not: null } };
  if (status === "SUCCEEDED") return { status, reversedAt: null };
  return status ? { status } : {};
}

// LIKE treats % and _ as wildcards; an order id may contain _, so it is escaped.
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A merchant's payments, newest first, a page at a time (keyset pagination: `cursor` is the last id of
 * the previous page, so pages stay stable while payments keep arriving). The merchant id comes from
 * the signed-in member's merchant, never from the query string.
 */
export async function listPayments(
  db: Db,
  merchantId: string,
  filter: PaymentListFilter = {},
  page: { cursor?: string | null; limit?: number } = {},
): Promise<PaymentPage> {
  const limit = Math.min(Math.max(page.limit ?? 20, 1), 100);
  const where: Prisma.PaymentWhereInput = {
    merchantId,
    ...(filter.orderIdPrefix ? { orderId: { startsWith: escapeLike(filter.orderIdPrefix) } } : {}),
    ...statusWhere(filter.status),
    ...(filter.method ? { method: filter.method } : {}),
    ...(filter.from || filter.to ? { createdAt: { gte: filter.from, lt: filter.to } } : {}),
  };
  const rows = await db.payment.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/**
 * Everything that happened to one payment, for its detail page: attempts, bank messages (already
 * masked) and notifications with every delivery attempt. Null for another merchant's payment.
 */
export async function getPaymentTimeline(db: Db, merchantId: string, paymentId: string) {
  return db.payment.findFirst({
    where: { id: paymentId, merchantId },
    include: {
      attempts: { orderBy: { createdAt: "asc" } },
      bankMessages: { orderBy: { createdAt: "asc" } },
      notifications: {
        orderBy: { createdAt: "asc" },
        include: { attempts: { orderBy: { attemptNo: "asc" } } },
      },
    },
  });
}
