import type { Payment, Product } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
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

/** assertProductsAccept for a payment whose merchant's products are not at hand. */
export async function assertMethodAccepted(tx: Tx, payment: Pick<Payment, "merchantId">, method: Method) {
  const rows = await tx.$queryRaw<{ products: Product[] }[]>`
    SELECT "products"::text[] AS "products" FROM "merchants" WHERE "id" = ${payment.merchantId}`;
  const merchant = rows[0];
  if (!merchant) throw new Error(`merchant ${payment.merchantId} of a payment does not exist`);
  assertProductsAccept(merchant.products, method);
}
