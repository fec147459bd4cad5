import type { ReconciliationRun } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";

/** The latest runs, newest first, with how many cases each opened. */
export async function listRuns(
  db: Db,
  options: { bankCode?: string; take?: number } = {},
): Promise<(ReconciliationRun & { openedCases: number })[]> {
  const runs = await db.reconciliationRun.findMany({
    where: options.bankCode ? { bankCode: options.bankCode } : {},
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: options.take ?? 50,
    include: { _count: { select: { cases: true } } },
  });
  return runs.map(({ _count, ...run }) => ({ ...run, openedCases: _count.cases }));
}
