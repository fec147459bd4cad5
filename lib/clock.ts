// The one clock. Tests (and the e2e test clock route) move it to reach 90-day windows, expiry and
// 30-day claims without waiting.
// Kept on globalThis: Next.js bundles instrumentation (the job worker) and the routes separately, and
// both must read the same clock.
const shared = globalThis as unknown as { paylaneClockOffsetMs?: number };

export function now(): Date {
  return new Date(nowMs());
}

export function nowMs(): number {
  return Date.now() + (shared.paylaneClockOffsetMs ?? 0);
}

export function advanceClock(ms: number): void {
  shared.paylaneClockOffsetMs = clockOffset() + ms;
}

export function setClockOffset(ms: number): void {
  shared.paylaneClockOffsetMs = ms;
}

export function clockOffset(): number {
  return shared.paylaneClockOffsetMs ?? 0;
}
