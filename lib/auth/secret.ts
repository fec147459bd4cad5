import { createHash } from "node:crypto";
import { env } from "@/lib/env";

/**
 * NEXTAUTH_SECRET signs session cookies and must be set (and shared by every instance) in production.
 * Development and tests derive a stable one from the database URL so the quick start needs no setup.
 */
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  // `next build` runs in production mode without runtime secrets; the running server must have one.
  if (env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_SECRET must be set in production");
  }
  return createHash("sha256").update(`paylane-dev-secret:${env.DATABASE_URL}`).digest("hex");
}
