import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { addMerchantMember } from "@/lib/merchants/add-member";
import { createMerchant } from "@/lib/merchants/create-merchant";

export const DEMO_APPLICANT_MERCHANT = {
  name: "Lantern Books",
  email: "applicant@paylane.local",
  siteUrl: "https://books.paylane.local",
  contactName: "Wang Fang",
  phone: "+86 21 5555 0100",
};

/**
 * A merchant that signed up and applied for both products, waiting in the reviewers' queue, so the
 * console has something to show. Found rather than created again on later runs.
 */
export async function seedPendingApplication(tx: Tx, ownerId: string): Promise<string> {
  const membership = await tx.merchantMember.findFirst({ where: { userId: ownerId, role: "OWNER" } });
  const merchantId =
    membership?.merchantId ??
    (await createMerchant(tx, { ...DEMO_APPLICANT_MERCHANT, status: "PENDING" })).id;
  await addMerchantMember(tx, { merchantId, userId: ownerId, role: "OWNER" });
  const existing = await tx.merchantApplication.findFirst({ where: { merchantId } });
  if (existing) return merchantId;
  const at = now();
  const application = await tx.merchantApplication.create({
    data: {
      id: newId("apl"),
      merchantId,
      products: ["RMB", "PREPAID_CARD"],
      siteName: "Lantern Books",
      siteUrl: DEMO_APPLICANT_MERCHANT.siteUrl,
      businessDescription: "Second-hand books, shipped within China in two to five days.",
      contactName: DEMO_APPLICANT_MERCHANT.contactName,
      contactPhone: DEMO_APPLICANT_MERCHANT.phone,
      contactEmail: DEMO_APPLICANT_MERCHANT.email,
      agreementAcceptedAt: at,
      submittedAt: at,
    },
  });
  await recordAudit(tx, {
    actor: { id: ownerId, email: DEMO_APPLICANT_MERCHANT.email },
    action: "application.submitted",
    targetType: "application",
    targetId: application.id,
    merchantId,
    after: { status: application.status, products: application.products, siteName: application.siteName },
  });
  return merchantId;
}
