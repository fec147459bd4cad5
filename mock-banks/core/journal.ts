import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * An append-only JSON-lines file: the bank's durable memory. State is rebuilt by replaying it at start,
 * so writing one line per event is the only disk work on the hot path.
 */
export class Journal<E> {
  private fd: number | undefined;

  constructor(private readonly file: string) {}

  /** Every complete event recorded so far; a torn last line (a crash mid-write) is skipped. */
  replay(): E[] {
    if (!existsSync(this.file)) return [];
    const events: E[] = [];
    for (const line of readFileSync(this.file, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      try {
        events.push(JSON.parse(line));
      } catch {
        // Only the last line can be torn; anything after it was never acknowledged.
      }
    }
    return events;
  }

  append(event: E): void {
    if (this.fd === undefined) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      this.fd = openSync(this.file, "a", 0o600);
    }
    writeSync(this.fd, `${JSON.stringify(event)}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
