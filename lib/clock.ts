// The one clock. Tests (and the e2e test clock route) move it to reach 90-day windows, expiry and
// 30-day claims without waiting.
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function nowMs(): number {
  return Date.now() + offsetMs;
}

export function advanceClock(ms: number): void {
  offsetMs += ms;
}

export function setClockOffset(ms: number): void {
  offsetMs = ms;
}

export function clockOffset(): number {
  return offsetMs;
}
