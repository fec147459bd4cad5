import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { feeFor } from "@/lib/money";
import { MAX_SPLITS, type SplitInstruction } from "./split-rules";

/**
 * Refuses split instructions a platform merchant may not give: more than MAX_SPLITS, a merchant named
 * twice or not one of the platform's active sub-merchants, or shares that add up to more than the
 * payment's net amount under the platform's fee now. Errors name the field at fault (`splits.2.amount`).
 */
export async function checkSplitInstructions(
  tx: Tx,
  platform: { id: string; feeBps: number },
  amount: bigint,
  splits: readonly SplitInstruction[],
): Promise<void> {
  if (splits.length > MAX_SPLITS) {
    throw new AppError("invalid_request", `splits may name at most ${MAX_SPLITS} sub-merchants.`, "splits");
  }
  const seen = new Set<string>();
  splits.forEach((split, index) => {
    if (seen.has(split.merchantId)) {
      throw new AppError(
        "invalid_request",
        `splits names ${split.merchantId} more than once.`,
        `splits.${index}.merchantId`,
      );
    }
    seen.add(split.merchantId);
    if (split.amount < 1n) {
      throw new AppError(
        "invalid_request",
        "A split's amount must be at least 1 fen.",
        `splits.${index}.amount`,
      );
    }
  });
  const subs = await tx.merchant.findMany({
    where: { id: { in: [...seen] }, platformMerchantId: platform.id, status: "ACTIVE" },
    select: { id: true },
  });
  const found = new Set(subs.map((sub) => sub.id));
  const unknown = splits.findIndex((split) => !found.has(split.merchantId));
  if (unknown !== -1) {
    throw new AppError(
      "invalid_request",
      `${splits[unknown]?.merchantId} is not an active sub-merchant of this merchant.`,
      `splits.${unknown}.merchantId`,
    );
  }
  const net = amount - feeFor(amount, platform.feeBps);
  const total = splits.reduce((sum, split) => sum + split.amount, 0n);
  if (total > net) {
    throw new AppError(
      "invalid_request",
      `The splits add up to ${total} fen, more than the payment's ${net} fen after the gateway's fee.`,
      "splits",
    );
  }
}
