import { z } from "zod";
import { enabledBanks } from "@/lib/bank-gateway/enabled-banks";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { addDays, shanghaiDay } from "@/lib/merchant-dashboard/shanghai-day";
import { runReconciliation } from "./run-reconciliation";

/** Recurring: makes sure yesterday (Shanghai) is reconciled at every enabled bank. */
export const RECONCILIATION_SCHEDULE_JOB = "reconciliation.schedule";
/** One bank's day; the dedupe key makes it once per (bank, day), however often the schedule runs. */
export const RECONCILE_BANK_DAY_JOB = "reconciliation.bank_day";

const bankDaySchema = z.object({ bankCode: z.string().min(1), date: z.string() });

/**
 * Enqueues yesterday's reconciliation for each enabled bank. It runs every few minutes, and the queue
 * keeps one job per (bank, day): a missed tick or a restart costs nothing, and a job whose worker died
 * is taken up again when its lease runs out (see lib/jobs/claim.ts).
 */
export async function scheduleReconciliationJob(): Promise<void> {
  const date = addDays(shanghaiDay(now()), -1);
  for (const bank of await enabledBanks(db)) {
    await enqueueJob(db, {
      type: RECONCILE_BANK_DAY_JOB,
      payload: { bankCode: bank.code, date },
      dedupeKey: `${RECONCILE_BANK_DAY_JOB}:${bank.code}:${date}`,
      // Backoff doubles from 5 s (lib/jobs/finish.ts): 12 attempts span about 2 hours, past STALE_RUN_MS,
      // so a run left RUNNING by a dead worker is taken over before the job gives up.
      maxAttempts: 12,
    });
  }
}

/**
 * Reconciles one bank's day unless a run already did; a failed run (bank unreachable, file not ready)
 * or one still going elsewhere fails the job, which retries. A job that gives up stays FAILED for an
 * operator, who can reconcile the day with the console's button.
 */
export async function reconcileBankDayJob(payload: unknown): Promise<void> {
  const { bankCode, date } = bankDaySchema.parse(payload);
  const done = await db.reconciliationRun.findFirst({
    where: { bankCode, businessDay: date, status: "SUCCEEDED" },
    select: { id: true },
  });
  if (done) return;
  const run = await runReconciliation(db, { bankCode, date, trigger: "schedule" });
  if (run.status !== "SUCCEEDED") throw new Error(`reconciliation ${run.id} failed: ${run.error ?? ""}`);
}
