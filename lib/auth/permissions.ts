import type { MerchantMember } from "@/generated/prisma/client";

/**
 * What a merchant's team member may do. Owners hold every permission; operators hold the ones the owner
 * granted. Every merchant-side action names exactly one of these and is checked on the server.
 */
export const MERCHANT_PERMISSIONS = {
  "payments.view": { en: "View payments and statements", zh: "查看交易与对账单" },
  "refunds.create": { en: "Refund payments", zh: "退款" },
  "withdrawals.create": { en: "Withdraw funds", zh: "提现" },
  "keys.manage": { en: "Manage API keys", zh: "管理 API 密钥" },
  "team.manage": { en: "Manage the team", zh: "管理团队成员" },
} as const;

export type MerchantPermission = keyof typeof MERCHANT_PERMISSIONS;

export const ALL_MERCHANT_PERMISSIONS = Object.keys(MERCHANT_PERMISSIONS) as MerchantPermission[];

export function isMerchantPermission(value: string): value is MerchantPermission {
  return value in MERCHANT_PERMISSIONS;
}

export function memberCan(
  member: Pick<MerchantMember, "role" | "status" | "permissions">,
  permission: MerchantPermission,
): boolean {
  if (member.status !== "ACTIVE") return false;
  if (member.role === "OWNER") return true;
  return member.permissions.includes(permission);
}
