// Test support for the dashboard's queries: a user who is a member of a given merchant.
import type { MemberRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import type { MerchantPermission } from "@/lib/auth/permissions";
import { addMerchantMember } from "@/lib/merchants/add-member";

export async function merchantMember(
  merchantId: string,
  role: MemberRole = "OWNER",
  permissions: MerchantPermission[] = [],
): Promise<string> {
  const userId = newId("usr");
  await db.user.create({
    data: {
      id: userId,
      email: `${userId}@example.com`,
      role: role === "OWNER" ? "MERCHANT_OWNER" : "MERCHANT_OPERATOR",
    },
  });
  await addMerchantMember(db, { merchantId, userId, role, permissions });
  return userId;
}
