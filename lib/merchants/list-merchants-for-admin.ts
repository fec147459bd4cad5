import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";

/** Merchants for the admin console, newest first, optionally searched by name, email or id. */
export async function listMerchantsForAdmin(db: Db, options: { q?: string; page?: number } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const q = options.q?.trim();
  const where: Prisma.MerchantWhereInput = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          { email: { contains: q, mode: "insensitive" } },
          { id: q },
        ],
      }
    : {};
  const rows = await db.merchant.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * 50,
    take: 51,
  });
  return { merchants: rows.slice(0, 50), hasMore: rows.length > 50, page };
}
