import type { Db } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { checkLoginAllowed, recordLoginFailure, recordLoginSuccess } from "@/lib/auth/login-throttle";
import { hashCardNumber, normalizeCardNumber, PREPAID_NUMBER_PATTERN } from "./card-secrets";

export type CardAuthentication =
  | { ok: true; cardId: string; last4: string }
  | { ok: false; reason: "invalid" | "blocked" | "too_many_attempts"; retryAfterSeconds?: number };

/**
 * Checks a card number and PIN. A six-digit PIN is guessable, so failures are throttled exactly like
 * sign-ins (per card and client, and per client), and unknown numbers cost the same time as known ones.
 */
export async function authenticatePrepaidCard(
  db: Db,
  input: { number: string; pin: string; client: string },
): Promise<CardAuthentication> {
  const number = normalizeCardNumber(input.number);
  const numberHash = PREPAID_NUMBER_PATTERN.test(number) ? await hashCardNumber(db, number) : "malformed";
  const throttleKey = `prepaid:${numberHash}`;
  const verdict = await checkLoginAllowed(db, throttleKey, input.client);
  if (!verdict.allowed)
    return { ok: false, reason: "too_many_attempts", retryAfterSeconds: verdict.retryAfterSeconds };
  const card = await db.prepaidCard.findUnique({ where: { numberHash } });
  const valid = card ? await verifyPassword(card.pinHash, input.pin) : await burnPasswordCheck(input.pin);
  if (!card || !valid) {
    await recordLoginFailure(db, throttleKey, input.client);
    return { ok: false, reason: "invalid" };
  }
  await recordLoginSuccess(db, throttleKey, input.client);
  if (card.status !== "ACTIVE") return { ok: false, reason: "blocked" };
  return { ok: true, cardId: card.id, last4: card.last4 };
}
