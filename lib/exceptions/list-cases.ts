import type { ExceptionCase, ExceptionKind, ExceptionStatus, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";

export type CaseFilter = {
  status?: ExceptionStatus;
  kind?: ExceptionKind;
  bankCode?: string;
  businessDay?: string;
  page?: number;
};

export const CASES_PAGE_SIZE = 50;

/** The exception queue, newest first, one page at a time. */
export async function listCases(
  db: Db,
  filter: CaseFilter = {},
): Promise<{ cases: ExceptionCase[]; hasMore: boolean; page: number }> {
  const page = Math.max(1, filter.page ?? 1);
  const where: Prisma.ExceptionCaseWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.bankCode ? { bankCode: filter.bankCode } : {}),
    ...(filter.businessDay ? { businessDay: filter.businessDay } : {}),
  };
  const rows = await db.exceptionCase.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * CASES_PAGE_SIZE,
    take: CASES_PAGE_SIZE + 1,
  });
  return { cases: rows.slice(0, CASES_PAGE_SIZE), hasMore: rows.length > CASES_PAGE_SIZE, page };
}
