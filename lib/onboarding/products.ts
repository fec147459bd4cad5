import type { Product } from "@/generated/prisma/client";

/** The payment products a merchant can apply for, in the order forms list them. */
export const PRODUCTS: readonly Product[] = ["RMB", "PREPAID_CARD"];

export function isProduct(value: string): value is Product {
  return (PRODUCTS as readonly string[]).includes(value);
}

/** Products in catalogue order, each once. */
export function sortProducts(products: Iterable<Product>): Product[] {
  const set = new Set(products);
  return PRODUCTS.filter((product) => set.has(product));
}

/**
 * The product a payment method belongs to: bank cards (domestic or foreign) and the wallet are RMB
 * payment, prepaid cards their own product. For the checkout to offer only what the merchant may take.
 */
export function productOfMethod(method: "BANK_CARD" | "WALLET" | "PREPAID_CARD"): Product {
  return method === "PREPAID_CARD" ? "PREPAID_CARD" : "RMB";
}

/** Whether a merchant with `products` enabled may be paid by `method`. */
export function methodEnabled(
  products: readonly Product[],
  method: "BANK_CARD" | "WALLET" | "PREPAID_CARD",
): boolean {
  return products.includes(productOfMethod(method));
}
