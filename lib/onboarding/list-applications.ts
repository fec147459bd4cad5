import type { ApplicationStatus, Prisma, Product } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";

export type ApplicationQueueFilter = {
  /** Default: the ones waiting for a decision (SUBMITTED and IN_REVIEW). */
  status?: ApplicationStatus | "open" | "all";
  product?: Product;
  /** Only applications submitted at least this many days ago. */
  minAgeDays?: number;
  /** Matches the merchant's or the site's name, the site's address or an email. */
  q?: string;
  page?: number;
};

export const QUEUE_PAGE_SIZE = 25;

function statusWhere(status: ApplicationQueueFilter["status"]): Prisma.MerchantApplicationWhereInput {
  if (!status || status === "open") return { status: { in: ["SUBMITTED", "IN_REVIEW"] } };
  if (status === "all") return {};
  return { status };
}

function searchWhere(q: string | undefined): Prisma.MerchantApplicationWhereInput {
  const term = q?.trim();
  if (!term) return {};
  const contains = { contains: term, mode: "insensitive" as const };
  return {
    OR: [
      { siteName: contains },
      { siteUrl: contains },
      { contactEmail: contains },
      { merchant: { name: contains } },
      { merchant: { email: contains } },
      { merchantId: term },
    ],
  };
}

/** The reviewers' queue: oldest first, so nobody waits behind newer applications. */
export async function listApplications(db: Db, filter: ApplicationQueueFilter = {}) {
  const page = Math.max(1, filter.page ?? 1);
  const minAge = filter.minAgeDays && filter.minAgeDays > 0 ? filter.minAgeDays : 0;
  const where: Prisma.MerchantApplicationWhereInput = {
    AND: [
      statusWhere(filter.status),
      filter.product ? { products: { has: filter.product } } : {},
      minAge ? { submittedAt: { lte: new Date(now().getTime() - minAge * 86_400_000) } } : {},
      searchWhere(filter.q),
    ],
  };
  const rows = await db.merchantApplication.findMany({
    where,
    include: { merchant: { select: { name: true, email: true, status: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE + 1,
  });
  return { applications: rows.slice(0, QUEUE_PAGE_SIZE), hasMore: rows.length > QUEUE_PAGE_SIZE, page };
}
