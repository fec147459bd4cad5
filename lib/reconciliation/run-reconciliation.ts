import type { Prisma, ReconciliationRun } from "@/generated/prisma/client";
import { isBankError } from "@/lib/banks";
import { now } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { EXCEPTION_KIND, evidenceJson, mismatchDelta } from "./case-evidence";
import { reconcileBankDay } from "./reconcile-bank-day";
import type { Mismatch, ReconciliationResult } from "./types";

export type RunReconciliationOptions = {
  bankCode: string;
  /** The business day, YYYY-MM-DD (Asia/Shanghai). */
  date: string;
  trigger: "schedule" | "operator";
  startedById?: string | null;
  /** Test seam: where the matching happens (the real bank's file by default). */
  reconcile?: typeof reconcileBankDay;
};

/**
 * More mismatches than this in one day means the file (or the gateway's day) is wrong as a whole, not
 * that thousands of payments each went astray: the run fails and records nothing for a human to look.
 */
export const MAX_CASES_PER_RUN = 5_000;

/** A run still RUNNING this long after it started was interrupted (its process died). */
export const STALE_RUN_MS = 30 * 60_000;

/**
 * One reconciliation of one bank's day: records a run, matches the bank's file against the gateway's
 * records, then in ONE transaction opens a case for each new mismatch (a mismatch already open for
 * that day and reference is re-found: lastSeenRunId moves) and marks the run SUCCEEDED with its
 * summary. Any error marks the run FAILED and records no case, so a crash or an error never leaves a
 * half-recorded run looking successful: a run is either SUCCEEDED with all its cases or has none.
 *
 * Cases a re-run no longer finds are left as they are (an operator may be working on them); pages
 * tell them apart by lastSeenRunId. Refuses (conflict) while another run of the same day is going.
 */
export async function runReconciliation(
  db: Db,
  options: RunReconciliationOptions,
): Promise<ReconciliationRun> {
  const run = await startRun(db, options);
  const mismatches: Mismatch[] = [];
  let fileSha256: string | null = null;
  try {
    const result = await (options.reconcile ?? reconcileBankDay)(db, {
      bankCode: options.bankCode,
      date: options.date,
      onFile: (file) => void (fileSha256 = file.sha256),
      onMismatch: (mismatch) => {
        if (mismatches.length >= MAX_CASES_PER_RUN) {
          throw new AppError(
            "conflict",
            `More than ${MAX_CASES_PER_RUN} mismatches: the file or the day is wrong as a whole.`,
          );
        }
        mismatches.push(mismatch);
      },
    });
    return await db.$transaction(
      async (tx) => {
        await recordCases(tx, run, mismatches);
        return finishRun(tx, run.id, {
          status: "SUCCEEDED",
          fileSha256,
          summary: summaryJson(result),
        });
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // The user-safe message of an AppError (bank refused, file forged …); anything else is a bug.
    const message = isAppError(error) || isBankError(error) ? error.message : "internal error";
    if (message === "internal error") console.error("reconciliation run failed", run.id, error);
    return db.$transaction((tx) => finishRun(tx, run.id, { status: "FAILED", fileSha256, error: message }));
  }
}

/** Claims the (bank, day): one run at a time; a run left RUNNING by a dead process is marked FAILED. */
async function startRun(db: Db, options: RunReconciliationOptions): Promise<ReconciliationRun> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`reconciliation:${options.bankCode}:${options.date}`}))`;
    const at = now();
    const running = await tx.reconciliationRun.findMany({
      where: { bankCode: options.bankCode, businessDay: options.date, status: "RUNNING" },
    });
    for (const other of running) {
      if (at.getTime() - other.startedAt.getTime() < STALE_RUN_MS) {
        throw new AppError("conflict", "A reconciliation of this bank and day is already running.");
      }
      await tx.reconciliationRun.update({
        where: { id: other.id },
        data: { status: "FAILED", error: "interrupted", finishedAt: at },
      });
    }
    return tx.reconciliationRun.create({
      data: {
        id: newId("rcn"),
        bankCode: options.bankCode,
        businessDay: options.date,
        trigger: options.trigger,
        startedById: options.startedById ?? null,
        startedAt: at,
      },
    });
  });
}

async function finishRun(
  tx: Tx,
  runId: string,
  data: {
    status: "SUCCEEDED" | "FAILED";
    fileSha256: string | null;
    summary?: Prisma.InputJsonObject;
    error?: string;
  },
): Promise<ReconciliationRun> {
  // Conditional on RUNNING: a run another process declared interrupted must not come back to life.
  const { count } = await tx.reconciliationRun.updateMany({
    where: { id: runId, status: "RUNNING" },
    data: { ...data, finishedAt: now() },
  });
  if (count === 0) throw new AppError("conflict", "The run was interrupted and marked failed meanwhile.");
  return tx.reconciliationRun.findUniqueOrThrow({ where: { id: runId } });
}

/** Opens the cases this run found for the first time and marks the others as seen again. */
async function recordCases(tx: Tx, run: ReconciliationRun, mismatches: Mismatch[]): Promise<void> {
  if (mismatches.length === 0) return;
  const key = (kind: string, reference: string) => `${kind} ${reference}`;
  const existing = await tx.exceptionCase.findMany({
    where: { bankCode: run.bankCode, businessDay: run.businessDay },
    select: { id: true, kind: true, reference: true },
  });
  const known = new Map(existing.map((c) => [key(c.kind, c.reference), c.id]));
  const seen: string[] = [];
  const fresh: Mismatch[] = [];
  for (const mismatch of mismatches) {
    const id = known.get(key(EXCEPTION_KIND[mismatch.kind], mismatch.reference));
    if (id) seen.push(id);
    else fresh.push(mismatch);
  }
  if (seen.length > 0) {
    await tx.exceptionCase.updateMany({ where: { id: { in: seen } }, data: { lastSeenRunId: run.id } });
  }
  const owners = await ownersOf(tx, fresh);
  await tx.exceptionCase.createMany({
    data: fresh.map((mismatch) => ({
      id: newId("exc"),
      runId: run.id,
      lastSeenRunId: run.id,
      bankCode: run.bankCode,
      businessDay: run.businessDay,
      kind: EXCEPTION_KIND[mismatch.kind],
      reference: mismatch.reference,
      paymentId: owners.payments.get(mismatch.reference) ?? null,
      refundId: owners.refunds.get(mismatch.reference) ?? null,
      delta: mismatchDelta(mismatch),
      evidence: evidenceJson(mismatch),
    })),
  });
}

/** The payment (of an attempt reference) or refund each reference names, where the gateway has one. */
async function ownersOf(tx: Tx, mismatches: Mismatch[]) {
  const references = mismatches.map((m) => m.reference);
  const [attempts, refunds] = await Promise.all([
    tx.paymentAttempt.findMany({
      where: { id: { in: references } },
      select: { id: true, paymentId: true },
    }),
    tx.refund.findMany({ where: { id: { in: references } }, select: { id: true, paymentId: true } }),
  ]);
  return {
    payments: new Map(
      [...attempts, ...refunds.map((r) => ({ id: r.id, paymentId: r.paymentId }))].map((a) => [
        a.id,
        a.paymentId,
      ]),
    ),
    refunds: new Map(refunds.map((r) => [r.id, r.id])),
  };
}

/** The result with its bigints as strings (JSON has none). */
function summaryJson(result: ReconciliationResult): Prisma.InputJsonObject {
  return JSON.parse(
    JSON.stringify(result, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
  ) as Prisma.InputJsonObject;
}
