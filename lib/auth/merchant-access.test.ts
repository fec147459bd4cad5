import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { addMerchantMember } from "@/lib/merchants/add-member";
import { requireMerchantPermission } from "./merchant-access";
import { memberCan } from "./permissions";

async function user() {
  const id = newId("usr");
  await db.user.create({ data: { id, email: `${id}@example.com`, role: "MERCHANT_OPERATOR" } });
  return id;
}

async function merchant(name: string) {
  return createMerchant(db, {
    name,
    email: `${name}@example.com`,
    siteUrl: "https://m.example",
    status: "ACTIVE",
  });
}

describe("merchant permissions", () => {
  it("owners may do everything; operators only what they were granted; suspended members nothing", () => {
    expect(memberCan({ role: "OWNER", status: "ACTIVE", permissions: [] }, "keys.manage")).toBe(true);
    expect(
      memberCan({ role: "OPERATOR", status: "ACTIVE", permissions: ["refunds.create"] }, "refunds.create"),
    ).toBe(true);
    expect(
      memberCan(
        { role: "OPERATOR", status: "ACTIVE", permissions: ["refunds.create"] },
        "withdrawals.create",
      ),
    ).toBe(false);
    expect(memberCan({ role: "OWNER", status: "SUSPENDED", permissions: [] }, "payments.view")).toBe(false);
  });

  it("an operator of one merchant cannot act for another: the other merchant's resources are not found", async () => {
    const a = await merchant("shop-a");
    const b = await merchant("shop-b");
    const operator = await user();
    await addMerchantMember(db, { merchantId: a.id, userId: operator, role: "OPERATOR" });
    await db.merchantMember.update({
      where: { merchantId_userId: { merchantId: a.id, userId: operator } },
      data: { permissions: ["payments.view", "refunds.create"] },
    });

    await expect(requireMerchantPermission(db, operator, a.id, "refunds.create")).resolves.toMatchObject({
      merchantId: a.id,
    });
    await expect(requireMerchantPermission(db, operator, b.id, "refunds.create")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(requireMerchantPermission(db, operator, a.id, "keys.manage")).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
