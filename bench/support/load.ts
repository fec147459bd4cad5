// Closed-loop load: `concurrency` clients each run one iteration after another until the run ends.
// The run is a warm-up (JIT, connection pools, caches; not counted) followed by the measured window;
// scenarios count what finished inside the window, so in-flight work at either edge is not counted
// twice or as free.

export type LoadPlan = { concurrency: number; warmupMs: number; durationMs: number };

export type MeasuredWindow = { start: number; end: number; seconds: number };

export function inWindow(window: MeasuredWindow, at: number): boolean {
  return at >= window.start && at < window.end;
}

/** Runs `iteration` in `concurrency` loops until warm-up + duration have passed; errors go to onError. */
export async function closedLoop(
  plan: LoadPlan,
  iteration: (window: MeasuredWindow, client: number) => Promise<void>,
  onError: (error: unknown) => void,
): Promise<MeasuredWindow> {
  const begin = performance.now();
  const window: MeasuredWindow = {
    start: begin + plan.warmupMs,
    end: begin + plan.warmupMs + plan.durationMs,
    seconds: plan.durationMs / 1000,
  };
  const client = async (index: number) => {
    while (performance.now() < window.end) {
      try {
        await iteration(window, index);
      } catch (error) {
        onError(error);
        // A failing stack must not turn the loop into a busy spin.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, (_, index) => client(index)));
  return window;
}

/** Counts errors by message, so a report shows "12 × timeout" rather than 12 lines. */
export class ErrorTally {
  private readonly counts = new Map<string, number>();

  add = (error: unknown): void => {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 160);
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  };

  get total(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  entries(): { message: string; count: number }[] {
    return [...this.counts].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count);
  }
}

/** Limits how many payments may wait for their notification at once (see the end-to-end scenario). */
export class Semaphore {
  private available: number;
  private readonly queue: (() => void)[] = [];

  constructor(size: number) {
    this.available = size;
  }

  async acquire(): Promise<void> {
    if (this.available > 0) {
      this.available--;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.available++;
  }
}
