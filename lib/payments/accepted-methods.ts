import type { Product } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { methodEnabled } from "@/lib/onboarding/products";

type Method = "BANK_CARD" | "WALLET" | "PREPAID_CARD";

/**
 * Refuses a way of paying the merchant was not approved for (bank cards and the wallet are the RMB
 * product, prepaid cards their own): the checkout hides such methods, and this keeps a hand-made
 * request from using them anyway.
 */
export function assertProductsAccept(products: readonly Product[], method: Method): void {
  if (!methodEnabled(products, method)) {
    throw new AppError("merchant_not_active", "This merchant does not accept this way of paying.");
  }
}
