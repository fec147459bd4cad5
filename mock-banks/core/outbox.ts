import { randomUUID } from "node:crypto";
import type { BankEvent } from "./events";
import type { Scheduler } from "./scheduler";
import type { BankState } from "./state";
import type { WireMessage } from "./types";

export interface OutboxOptions {
  /** Delay before the second attempt; each later one waits four times longer. */
  backoffMs: number;
  maxAttempts: number;
  timeoutMs: number;
}

interface Deps {
  state: BankState;
  scheduler: Scheduler;
  record(event: BankEvent): void;
  log(line: string): void;
}

/**
 * Server-to-server notifications to the gateway. The exact bytes are journalled before the first attempt,
 * so retries (also after a restart) resend the same signed message and the gateway can deduplicate it.
 */
export class Outbox {
  constructor(
    private readonly deps: Deps,
    private readonly options: OutboxOptions,
  ) {}

  enqueue(label: string, url: string, message: WireMessage): void {
    const id = randomUUID();
    const at = new Date().toISOString();
    this.deps.record({ t: "outbox.queued", at, id, label, url, ...message });
    this.deps.scheduler.later(0, () => this.attempt(id, 1));
  }

  /** Picks up notifications that were still being retried when the bank stopped. */
  resume(): void {
    for (const entry of this.deps.state.outbox.values()) {
      if (!entry.done) this.deps.scheduler.later(0, () => this.attempt(entry.id, 1));
    }
  }

  private async attempt(id: string, attempt: number): Promise<void> {
    const entry = this.deps.state.outbox.get(id);
    if (!entry || entry.done) return;
    const ok = await this.post(entry.url, entry.contentType, entry.body);
    if (this.deps.scheduler.stopped) return;
    this.deps.log(`notify ${entry.label} attempt ${attempt}: ${ok ? "delivered" : "not acknowledged"}`);
    if (ok || attempt >= this.options.maxAttempts) {
      this.deps.record({
        t: "outbox.done",
        at: new Date().toISOString(),
        id,
        delivered: ok,
        attempts: attempt,
      });
      return;
    }
    const delay = this.options.backoffMs * 4 ** (attempt - 1);
    this.deps.scheduler.later(delay, () => this.attempt(id, attempt + 1));
  }

  private async post(url: string, contentType: string, body: string): Promise<boolean> {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": contentType },
        body,
        redirect: "manual",
        signal: AbortSignal.any([this.deps.scheduler.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      await response.arrayBuffer();
      return response.status >= 200 && response.status < 300;
    } catch {
      return false;
    }
  }
}
