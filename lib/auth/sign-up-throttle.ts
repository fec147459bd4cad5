import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hit } from "@/lib/rate-limit/fixed-window";

const WINDOW_MS = 15 * 60_000;

/** Mail-sending forms (sign-up, resend, reset) are limited per client so they cannot be used to spam. */
export async function limitMailForms(db: Db, client: string, form: string, limit = 10): Promise<void> {
  const state = await hit(db, `mail-form:${form}:${client}`, WINDOW_MS);
  if (state.count > limit) {
    const seconds = Math.ceil((state.resetsAt.getTime() - Date.now()) / 1000);
    throw new AppError("rate_limited", "Too many requests; try again later.", undefined, seconds);
  }
}

export function limitSignUps(db: Db, client: string): Promise<void> {
  return limitMailForms(db, client, "signup");
}
