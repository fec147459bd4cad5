import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { hit, peek, reset } from "@/lib/rate-limit/fixed-window";

// Failures are counted per (email, client) pair, so an attacker guessing from elsewhere cannot lock the
// real owner out; per client overall, to slow one source spraying many emails. Blocks last only until
// the window ends (15 minutes at most) and a successful sign-in clears the pair's count.
const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT_AND_CLIENT = 5;
export const MAX_FAILURES_PER_CLIENT = 50;

const pairKey = (email: string, client: string) => `login:fail:${email}:${client}`;
const clientKey = (client: string) => `login:fail-client:${client}`;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function blocked(resetsAt: Date): ThrottleVerdict {
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((resetsAt.getTime() - now().getTime()) / 1000)),
  };
}

export async function checkLoginAllowed(db: Db, email: string, client: string): Promise<ThrottleVerdict> {
  const [pair, perClient] = await Promise.all([
    peek(db, pairKey(email, client), WINDOW_MS),
    peek(db, clientKey(client), WINDOW_MS),
  ]);
  if (pair.count >= MAX_FAILURES_PER_ACCOUNT_AND_CLIENT) return blocked(pair.resetsAt);
  if (perClient.count >= MAX_FAILURES_PER_CLIENT) return blocked(perClient.resetsAt);
  return { allowed: true };
}

export async function recordLoginFailure(db: Db, email: string, client: string): Promise<void> {
  await hit(db, pairKey(email, client), WINDOW_MS);
  await hit(db, clientKey(client), WINDOW_MS);
}

export async function recordLoginSuccess(db: Db, email: string, client: string): Promise<void> {
  await reset(db, pairKey(email, client));
}
