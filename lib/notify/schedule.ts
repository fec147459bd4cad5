// When a notification that was not acknowledged is tried again. The spec asks for at least 8 attempts
// over at least 24 hours; these 10 attempts span about 46 hours, early ones close together so that a
// merchant's brief outage costs seconds, not hours.
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Delay after attempt n (index n - 1) before attempt n + 1. */
export const RETRY_DELAYS_MS: readonly number[] = [
  15 * SECOND,
  1 * MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  1 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  24 * HOUR,
];

/** Scheduled attempts in all: the first, then one after each delay. */
export const MAX_SCHEDULED_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** The wait before the next attempt after attempt `attemptNo` failed, or null when none is left. */
export function nextRetryDelayMs(attemptNo: number): number | null {
  if (attemptNo >= MAX_SCHEDULED_ATTEMPTS) return null;
  return RETRY_DELAYS_MS[attemptNo - 1] ?? null;
}

/** A merchant must answer within this time for an attempt to count as acknowledged (spec: 10 s). */
export const DELIVERY_TIMEOUT_MS = 10 * SECOND;

/** How long a worker holds an event while posting it: longer than the timeout plus bookkeeping. */
export const DELIVERY_LEASE_MS = 30 * SECOND;
