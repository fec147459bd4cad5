import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";

export type AuditActor = { id: string; email: string };

export type AuditRecord = {
  /** Null for the system itself (a job). */
  actor: AuditActor | null;
  /** Dotted verb: application.approved, merchant.agreement_signed, team.member_invited … */
  action: string;
  targetType: string;
  targetId: string;
  merchantId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  note?: string | null;
};

/**
 * Writes one audit entry in the caller's transaction, so the entry exists exactly when the change it
 * describes committed. The table is append-only (a trigger refuses updates and deletes).
 */
export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.auditLog.create({
    data: {
      id: newId("aud"),
      actorId: record.actor?.id ?? null,
      actorEmail: record.actor?.email ?? null,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      merchantId: record.merchantId ?? null,
      ...(record.before == null ? {} : { before: record.before }),
      ...(record.after == null ? {} : { after: record.after }),
      note: record.note ?? null,
      createdAt: now(),
    },
  });
}
