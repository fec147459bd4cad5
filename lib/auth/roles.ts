import type { Role } from "@/generated/prisma/client";

export const MERCHANT_ROLES: readonly Role[] = ["MERCHANT_OWNER", "MERCHANT_OPERATOR"];
export const STAFF_ROLES: readonly Role[] = ["REVIEWER", "ADMIN"];
export const WALLET_ROLES: readonly Role[] = ["WALLET_USER"];

/** Where each kind of user lands after signing in. */
export function homeFor(role: Role): string {
  if (MERCHANT_ROLES.includes(role)) return "/dashboard";
  if (STAFF_ROLES.includes(role)) return "/admin";
  return "/wallet";
}
