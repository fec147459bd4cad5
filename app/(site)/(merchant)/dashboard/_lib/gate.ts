import "server-only";
import type { Merchant, MerchantMember } from "@/generated/prisma/client";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { MERCHANT_ROLES } from "@/lib/auth/roles";
import { membershipsOf, requireMerchantPermission } from "@/lib/auth/merchant-access";
import type { MerchantPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";

export type DashboardGate =
  | { kind: "ok"; user: SessionUser; merchant: Merchant; member: MerchantMember }
  | { kind: "no-merchant"; user: SessionUser }
  | { kind: "refused"; user: SessionUser; merchant: Merchant; permission: MerchantPermission };

/**
 * The check every dashboard page starts with: a merchant user (else sign-in or 403), a member of a
 * merchant, holding `permission` there. The merchant is the member's own (the first active
 * membership), never one named in the URL. A missing permission is a value, so the page can say
 * which permission is missing instead of a bare 403.
 */
export async function openDashboard(
  permission: MerchantPermission,
  returnTo: string,
): Promise<DashboardGate> {
  const user = await requireUser(MERCHANT_ROLES, returnTo);
  const [membership] = await membershipsOf(db, user.id);
  if (!membership) return { kind: "no-merchant", user };
  try {
    const member = await requireMerchantPermission(db, user.id, membership.merchantId, permission);
    return { kind: "ok", user, merchant: membership.merchant, member };
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") {
      return { kind: "refused", user, merchant: membership.merchant, permission };
    }
    throw error;
  }
}

/** The same check for server actions, where a refusal is an AppError the action turns into a message. */
export async function requireDashboardMember(permission: MerchantPermission, returnTo: string) {
  const gate = await openDashboard(permission, returnTo);
  if (gate.kind === "no-merchant") throw new AppError("not_found", "You are not a member of a merchant.");
  if (gate.kind === "refused") throw new AppError("forbidden", `You lack the "${permission}" permission.`);
  return gate;
}
