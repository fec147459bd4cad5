/**
 * Every timer and outgoing request of a bank goes through one scheduler, so stopping the bank (tests
 * start and stop banks many times) leaves nothing running behind it.
 */
export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly controller = new AbortController();

  constructor(private readonly onError: (error: unknown) => void = () => {}) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  later(ms: number, task: () => void | Promise<void>): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void Promise.resolve().then(task).catch(this.onError);
    }, ms);
    this.timers.add(timer);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.later(ms, resolve));
  }

  stop(): void {
    this.controller.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
