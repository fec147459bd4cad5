import type { AuditLog, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";

export type AuditFilter = {
  action?: string;
  /** Entries about one object (an application, a merchant …). */
  targetId?: string;
  merchantId?: string;
  /** Matches the actor's email. */
  actor?: string;
  page?: number;
};

export const AUDIT_PAGE_SIZE = 50;

/** Audit entries, newest first, one page at a time (admins browse them in the console). */
export async function listAuditLogs(
  db: Db,
  filter: AuditFilter = {},
): Promise<{ entries: AuditLog[]; hasMore: boolean; page: number }> {
  const page = Math.max(1, filter.page ?? 1);
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(filter.merchantId ? { merchantId: filter.merchantId } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
  });
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE, page };
}

/** The history of one object, oldest first (an application's timeline). */
export function auditTrailOf(db: Db, targetType: string, targetId: string): Promise<AuditLog[]> {
  return db.auditLog.findMany({
    where: { targetType, targetId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
