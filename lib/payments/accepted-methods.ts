import type { Payment } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { methodEnabled } from "@/lib/onboarding/products";

type Method = "BANK_CARD" | "WALLET" | "PREPAID_CARD";

/**
 * Refuses a way of paying the merchant was not approved for (bank cards and the wallet are the RMB
 * product, prepaid cards their own): the checkout hides such methods, and this keeps a hand-made
 * request from using them anyway.
 */
export async function assertMethodAccepted(tx: Tx, payment: Pick<Payment, "merchantId">, method: Method) {
  const merchant = await tx.merchant.findUniqueOrThrow({
    where: { id: payment.merchantId },
    select: { products: true },
  });
  if (!methodEnabled(merchant.products, method)) {
    throw new AppError("merchant_not_active", "This merchant does not accept this way of paying.");
  }
}
