import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; role: Role; name: string | null; locale: string };

/**
 * The signed-in user, re-read from the database on every call: a suspended account, a changed role or a
 * password reset takes effect at once rather than when the cookie expires.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.status !== "ACTIVE") return null;
  if ((session.user.authAt ?? 0) < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, email: user.email, role: user.role, name: user.name, locale: user.locale };
}

/** For pages and server actions: anonymous visitors go to sign in; the wrong role gets 403. */
export async function requireUser(roles: readonly Role[], returnTo = "/"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** For route handlers: the same check, as AppErrors the handler maps to 401/403. */
export async function requireApiUser(roles: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in first.");
  if (!roles.includes(user.role)) throw new AppError("forbidden", "Your account cannot do this.");
  return user;
}
