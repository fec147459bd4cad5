import type { NotificationStatus } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db";

export const NOTIFICATIONS_PER_PAGE = 20;

/**
 * The merchant's notification events, newest first, 20 a page (keyset: `cursor` is the last event id
 * of the previous page), each with its payment's order id and every delivery attempt. A cursor that is
 * not one of this merchant's events is ignored, like the payments list's.
 */
export async function listMerchantNotifications(
  db: Db,
  merchantId: string,
  options: { status?: NotificationStatus; cursor?: string | null } = {},
) {
  const owned = options.cursor
    ? await db.notificationEvent.findFirst({
        where: { id: options.cursor, merchantId },
        select: { id: true },
      })
    : null;
  const rows = await db.notificationEvent.findMany({
    where: { merchantId, ...(options.status ? { status: options.status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PER_PAGE + 1,
    ...(owned ? { cursor: { id: owned.id }, skip: 1 } : {}),
    include: {
      payment: { select: { id: true, orderId: true } },
      attempts: { orderBy: { attemptNo: "asc" } },
    },
  });
  const items = rows.slice(0, NOTIFICATIONS_PER_PAGE);
  return {
    items,
    nextCursor: rows.length > NOTIFICATIONS_PER_PAGE ? (items.at(-1)?.id ?? null) : null,
  };
}

export type MerchantNotification = Awaited<ReturnType<typeof listMerchantNotifications>>["items"][number];
