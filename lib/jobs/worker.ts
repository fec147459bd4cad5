import type { Db } from "@/lib/db";
import { runDueJobs } from "./run-due-jobs";

const IDLE_POLL_MS = 500;

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
  const loop = (async () => {
    while (!stopped) {
      let ran = 0;
      try {
        await options.beforeEachPoll?.();
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
