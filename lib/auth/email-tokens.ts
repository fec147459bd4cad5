import { createHash } from "node:crypto";
import type { EmailTokenPurpose } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { newId, randomToken } from "@/lib/ids";
import { now } from "@/lib/clock";

const LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 3_600_000,
  RESET_PASSWORD: 3_600_000,
};

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Issues a single-use token; only its hash is stored. Returns the token to put in the link. */
export async function issueEmailToken(tx: Tx, userId: string, purpose: EmailTokenPurpose): Promise<string> {
  const token = randomToken();
  await tx.emailToken.create({
    data: {
      id: newId("etk"),
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now().getTime() + LIFETIME_MS[purpose]),
    },
  });
  return token;
}

/**
 * Consumes a token: valid only once, before expiry, for its purpose. The conditional update makes two
 * concurrent uses of one link succeed once.
 */
export async function consumeEmailToken(
  tx: Tx,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<string | null> {
  const at = now();
  const found = await tx.emailToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!found || found.purpose !== purpose || found.usedAt || found.expiresAt <= at) return null;
  const used = await tx.emailToken.updateMany({
    where: { id: found.id, usedAt: null },
    data: { usedAt: at },
  });
  return used.count === 1 ? found.userId : null;
}

/** Looks a token up without using it (to show the right page before the user confirms). */
export async function peekEmailToken(tx: Tx, token: string, purpose: EmailTokenPurpose): Promise<boolean> {
  const found = await tx.emailToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return Boolean(found && found.purpose === purpose && !found.usedAt && found.expiresAt > now());
}
