import type { AuditLog, ExceptionCase, Payment } from "@/generated/prisma/client";
import { auditTrailOf } from "@/lib/audit/list-audit-logs";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseEvidence, type CaseEvidence } from "@/lib/reconciliation/case-evidence";
import { actionsFor, type ExceptionAction } from "./case-actions";

export type CaseView = {
  exception: ExceptionCase;
  evidence: CaseEvidence;
  payment: Pick<Payment, "id" | "merchantId" | "orderId" | "status" | "amount" | "failureReason"> | null;
  /** Whether the latest successful run of the case's bank and day still found it. */
  stillFound: boolean;
  actions: readonly ExceptionAction[];
  trail: AuditLog[];
};

/** One case with both sides' evidence, the payment it concerns and its history. */
export async function getCase(db: Db, caseId: string): Promise<CaseView> {
  const exception = await db.exceptionCase.findUnique({ where: { id: caseId } });
  if (!exception) throw new AppError("not_found", "No such exception case.");
  const [payment, latest, trail] = await Promise.all([
    exception.paymentId
      ? db.payment.findUnique({
          where: { id: exception.paymentId },
          select: {
            id: true,
            merchantId: true,
            orderId: true,
            status: true,
            amount: true,
            failureReason: true,
          },
        })
      : null,
    db.reconciliationRun.findFirst({
      where: { bankCode: exception.bankCode, businessDay: exception.businessDay, status: "SUCCEEDED" },
      orderBy: { startedAt: "desc" },
      select: { id: true },
    }),
    auditTrailOf(db, "exception_case", exception.id),
  ]);
  const evidence = parseEvidence(exception.evidence);
  return {
    exception,
    evidence,
    payment,
    stillFound: !latest || latest.id === exception.lastSeenRunId,
    actions: exception.status === "OPEN" ? actionsFor(exception.kind, evidence) : [],
    trail,
  };
}
