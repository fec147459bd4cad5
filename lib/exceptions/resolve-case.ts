import type { ExceptionCase } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertStaff, type StaffActor } from "@/lib/onboarding/staff-actor";
import { parseEvidence } from "@/lib/reconciliation/case-evidence";
import { applyAction } from "./apply-action";
import { actionsFor, type ExceptionAction } from "./case-actions";
import { CaseRefused } from "./case-refused";

export type ResolveCaseInput = {
  caseId: string;
  action: ExceptionAction;
  /** Why: required for `accept` (no money moves, so the note is the whole record). */
  note: string;
  actor: StaffActor;
};

const NOTE_MAX = 1_000;

/**
 * Resolves an open exception case with one of its kind's actions, in one transaction with the case
 * row locked (FOR UPDATE): the action's entries, the merchant's notification, the case's RESOLVED
 * status and the audit entry commit together or not at all. A second resolution (even at the same
 * moment) waits for the lock, then finds the case resolved and is refused. Moving money is an admin's
 * job: reviewers may look at cases but not resolve them.
 */
export async function resolveCase(db: Db, input: ResolveCaseInput): Promise<ExceptionCase> {
  assertStaff(input.actor, ["ADMIN"]);
  const note = input.note.trim();
  if (note.length > NOTE_MAX) throw new AppError("invalid_request", "The note is too long.", "note");
  if (input.action === "accept" && note === "") {
    throw new AppError("invalid_request", "Say why the case is accepted.", "note");
  }
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM exception_cases WHERE id = ${input.caseId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not_found", "No such exception case.");
    const exception = await tx.exceptionCase.findUniqueOrThrow({ where: { id: input.caseId } });
    if (exception.status !== "OPEN") {
      throw new CaseRefused(
        "already_resolved",
        `This case was already resolved (${exception.resolution ?? ""}) at ${exception.resolvedAt?.toISOString() ?? ""}.`,
      );
    }
    const evidence = parseEvidence(exception.evidence);
    if (!actionsFor(exception.kind, evidence).includes(input.action)) {
      throw new AppError("invalid_request", "That action does not apply to this case.", "action");
    }
    const outcome = await applyAction(input.action, { tx, exception, evidence });
    const resolved = await tx.exceptionCase.update({
      where: { id: exception.id },
      data: {
        status: "RESOLVED",
        resolution: input.action,
        resolutionNote: note || null,
        resolvedById: input.actor.id,
        resolvedAt: now(),
        entryId: outcome.entryId,
      },
    });
    await recordAudit(tx, {
      actor: { id: input.actor.id, email: input.actor.email },
      action: `exception.${input.action}`,
      targetType: "exception_case",
      targetId: exception.id,
      merchantId: outcome.merchantId,
      // The case id names what was resolved; before/after hold what changed.
      before: { status: exception.status },
      after: {
        status: resolved.status,
        resolution: input.action,
        entryId: outcome.entryId,
        detail: outcome.detail,
      },
      note: note || null,
    });
    return resolved;
  });
}
