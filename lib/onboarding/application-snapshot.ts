import type { MerchantApplication } from "@/generated/prisma/client";

/** What the audit log keeps of an application before and after a change. */
export function applicationSnapshot(application: MerchantApplication) {
  return {
    status: application.status,
    products: application.products,
    approvedProducts: application.approvedProducts,
    siteName: application.siteName,
    siteUrl: application.siteUrl,
    businessDescription: application.businessDescription,
    contactName: application.contactName,
    contactPhone: application.contactPhone,
    contactEmail: application.contactEmail,
    claimedById: application.claimedById,
    decisionNote: application.decisionNote,
  };
}

/** Applications a merchant is still waiting on; at most one of these exists per merchant. */
export const OPEN_STATUSES = ["SUBMITTED", "IN_REVIEW"] as const;
/** Applications the merchant may edit and submit again. */
export const EDITABLE_STATUSES = ["REJECTED", "CHANGES_REQUESTED"] as const;
