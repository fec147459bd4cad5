import type { Role } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { normalizeEmail } from "@/lib/users/normalize-email";
import { burnPasswordCheck, verifyPassword } from "./password";
import { checkLoginAllowed, recordLoginFailure, recordLoginSuccess } from "./login-throttle";

export type SignInFailure =
  "invalid_credentials" | "email_unverified" | "account_suspended" | "too_many_attempts";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; role: Role; name: string | null } }
  | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

/**
 * Checks an email and password. Unknown emails cost the same argon2 time as known ones and give the
 * same answer as a wrong password; only the right password reveals that an account is unverified.
 */
export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string; client: string },
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const verdict = await checkLoginAllowed(db, email, input.client);
  if (!verdict.allowed)
    return { ok: false, reason: "too_many_attempts", retryAfterSeconds: verdict.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email } });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnPasswordCheck(input.password);
  if (!user || !valid) {
    await recordLoginFailure(db, email, input.client);
    return { ok: false, reason: "invalid_credentials" };
  }
  await recordLoginSuccess(db, email, input.client);
  if (user.status !== "ACTIVE") return { ok: false, reason: "account_suspended" };
  if (!user.emailVerifiedAt) return { ok: false, reason: "email_unverified" };
  return { ok: true, user: { id: user.id, email: user.email, role: user.role, name: user.name } };
}
