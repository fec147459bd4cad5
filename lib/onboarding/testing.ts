// Test support for onboarding: a pending merchant with its owner, staff actors, a valid application.
import type { Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createMerchant } from "@/lib/merchants/create-merchant";
import { merchantMember } from "@/lib/merchant-dashboard/testing";
import type { ApplicationInput } from "./application-input";
import type { StaffActor } from "./staff-actor";

export async function pendingMerchant() {
  const merchant = await createMerchant(db, {
    name: `Shop ${newId("t").slice(-6)}`,
    email: `${newId("m")}@shop.example`,
    siteUrl: "https://shop.example",
  });
  const ownerId = await merchantMember(merchant.id, "OWNER");
  return { merchant, ownerId };
}

export async function staff(role: Role = "REVIEWER"): Promise<StaffActor> {
  const id = newId("usr");
  const email = `${id}@staff.example`;
  await db.user.create({ data: { id, email, role } });
  return { id, email, role };
}

export function applicationInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    products: ["RMB", "PREPAID_CARD"],
    siteName: "Blue Mugs",
    siteUrl: "https://mugs.example",
    businessDescription: "Hand-made mugs sold online to customers in China.",
    contactName: "Li Lei",
    contactPhone: "+86 138 0000 0000",
    contactEmail: "li@mugs.example",
    agreement: true,
    ...overrides,
  };
}
