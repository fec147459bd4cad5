import type { Role } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { hashPassword } from "@/lib/auth/password";
import { normalizeEmail } from "./normalize-email";

export type CreateUserOptions = {
  email: string;
  password: string;
  role: Role;
  name?: string;
  locale?: string;
  /** Seeds and the operator CLI create accounts whose address is already trusted. */
  verified?: boolean;
};

/** Creates a user with an argon2id password hash; a taken email is a clear `conflict` on `email`. */
export async function createUser(tx: Tx, options: CreateUserOptions) {
  const email = normalizeEmail(options.email);
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("conflict", "An account with this email already exists.", "email");
  return tx.user.create({
    data: {
      id: newId("usr"),
      email,
      passwordHash: await hashPassword(options.password),
      role: options.role,
      name: options.name ?? null,
      locale: options.locale ?? "zh",
      emailVerifiedAt: options.verified ? new Date() : null,
    },
  });
}
