import type { Db } from "@/lib/db";
import { requeueExpiredJobs } from "./claim";
import { runDueJobs } from "./run-due-jobs";

const IDLE_POLL_MS = 500;
/** How often this instance looks for jobs whose worker died (their 60 s lease has passed). */
const REQUEUE_EVERY_MS = 10_000;

type Worker = { stop: () => Promise<void>; kick: () => void };

/**
 * Polls the job table until stopped. Every app instance runs one; `kick` skips the wait after this
 * instance enqueued something, so a sign-up mail leaves at once rather than at the next poll.
 */
export function startWorker(
  db: Db,
  options: { beforeEachPoll?: () => Promise<void>; onError?: (error: unknown) => void } = {},
): Worker {
  const onError = options.onError ?? console.error;
  let stopped = false;
  let wake: (() => void) | undefined;
  let requeuedAt = Number.NEGATIVE_INFINITY;
  const loop = (async () => {
    while (!stopped) {
      let ran = 0;
      try {
        await options.beforeEachPoll?.();
        // Process time, not lib/clock: tests move that clock, and this is only about how often to look.
        if (performance.now() - requeuedAt >= REQUEUE_EVERY_MS) {
          requeuedAt = performance.now();
          await requeueExpiredJobs(db);
        }
        ran = await runDueJobs(db);
      } catch (error) {
        onError(error);
      }
      if (ran === 0 && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, IDLE_POLL_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  })();
  return {
    kick: () => wake?.(),
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
