import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Locks merchant rows (in id order) until the transaction ends, before a platform link is checked:
 * two admins linking A under B and B under A at once, or C under A while A goes under B, must not both
 * pass the checks.
 */
export async function lockMerchants(tx: Tx, ids: readonly string[]): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "merchants" WHERE "id" = ANY(${[...new Set(ids)]}) ORDER BY "id" FOR UPDATE`;
}

/**
 * Refuses a platform link split settlement cannot follow: one level only, so a merchant is not its own
 * platform, the platform is not itself a sub-merchant, and a merchant with sub-merchants of its own does
 * not become one. Both rows must be locked (lockMerchants). Each refusal names its field:
 * `platformMerchantId`, or `merchantField` (how the caller's form names the merchant) for the last.
 */
export async function checkPlatformLink(
  tx: Tx,
  options: { merchantId: string; platformId: string; merchantField: string },
): Promise<void> {
  const { merchantId, platformId } = options;
  if (platformId === merchantId) {
    throw new AppError("invalid_request", "A merchant cannot be its own platform.", "platformMerchantId");
  }
  const platform = await tx.merchant.findUnique({
    where: { id: platformId },
    select: { platformMerchantId: true },
  });
  if (!platform) throw new AppError("not_found", "No merchant with this id.", "platformMerchantId");
  if (platform.platformMerchantId) {
    throw new AppError("conflict", "That merchant is itself a sub-merchant.", "platformMerchantId");
  }
  if (await tx.merchant.findFirst({ where: { platformMerchantId: merchantId }, select: { id: true } })) {
    throw new AppError("conflict", "This merchant has sub-merchants of its own.", options.merchantField);
  }
}
