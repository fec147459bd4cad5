import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { hit } from "@/lib/rate-limit/fixed-window";

const WINDOW_MS = 1000;

/**
 * Counts a merchant's API request in a one-second window shared by every app instance (PostgreSQL),
 * and refuses it past the merchant's limit (its own column, else API_RATE_LIMIT_PER_SECOND) with
 * 429 `rate_limited` and Retry-After. Only authenticated requests count, so nobody else can use up a
 * merchant's allowance.
 */
export async function enforceRateLimit(
  db: Db,
  merchant: { id: string; apiRateLimitPerSecond: number | null },
): Promise<void> {
  const limit = merchant.apiRateLimitPerSecond ?? env.API_RATE_LIMIT_PER_SECOND;
  const { count, resetsAt } = await hit(db, `api:${merchant.id}`, WINDOW_MS);
  if (count > limit) {
    const retryAfter = Math.max(1, Math.ceil((resetsAt.getTime() - now().getTime()) / 1000));
    throw new AppError(
      "rate_limited",
      `More than ${limit} requests per second; try again in ${retryAfter} s.`,
      undefined,
      retryAfter,
    );
  }
}
