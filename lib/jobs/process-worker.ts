import { db } from "@/lib/db";
import { registerAllJobHandlers } from "./handlers";
import { recurringScheduler } from "./recurring";
import { RECURRING_JOBS } from "./schedule";
import { startWorker } from "./worker";

const globalForWorker = globalThis as unknown as { paylaneWorker?: ReturnType<typeof startWorker> };

/** Starts this process's worker once (instrumentation.ts calls it at server start). */
export function startProcessWorker(): void {
  if (globalForWorker.paylaneWorker) return;
  registerAllJobHandlers();
  globalForWorker.paylaneWorker = startWorker(db, { beforeEachPoll: recurringScheduler(db, RECURRING_JOBS) });
}

/** Wakes this process's worker after a commit that enqueued work; a no-op where none runs. */
export function kickWorker(): void {
  globalForWorker.paylaneWorker?.kick();
}

export async function stopProcessWorker(): Promise<void> {
  await globalForWorker.paylaneWorker?.stop();
  globalForWorker.paylaneWorker = undefined;
}
