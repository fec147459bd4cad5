import type { Db } from "@/lib/db";

export type SplitSide = "given" | "received";

export type SplitRow = {
  id: string;
  paymentId: string;
  /** The platform's order id: shown to the platform only (it is the platform's business). */
  orderId: string | null;
  /** The sub-merchant (shares given) or the platform (shares received). */
  counterpart: { id: string; name: string };
  amount: bigint;
  reversedAmount: bigint;
  paidAt: Date | null;
  settledAt: Date | null;
};

export const SPLITS_PAGE_SIZE = 50;

const ROW_INCLUDE = {
  merchant: { select: { id: true, name: true } },
  payment: { select: { orderId: true, paidAt: true, merchant: { select: { id: true, name: true } } } },
  settlement: { select: { createdAt: true } },
} as const;

type LoadedSplit = {
  id: string;
  paymentId: string;
  amount: bigint;
  reversedAmount: bigint;
  merchant: { id: string; name: string };
  payment: { orderId: string; paidAt: Date | null; merchant: { id: string; name: string } };
  settlement: { createdAt: Date } | null;
};

function toRow(split: LoadedSplit, side: SplitSide): SplitRow {
  return {
    id: split.id,
    paymentId: split.paymentId,
    orderId: side === "given" ? split.payment.orderId : null,
    counterpart: side === "given" ? split.merchant : split.payment.merchant,
    amount: split.amount,
    reversedAmount: split.reversedAmount,
    paidAt: split.payment.paidAt,
    settledAt: split.settlement?.createdAt ?? null,
  };
}
const CURSOR = /^spl_[0-9a-z]{26}$/;

/**
 * A merchant's split shares of paid payments, newest first, a keyset page at a time: as a platform,
 * those it gave its sub-merchants; as a sub-merchant, those it received.
 */
export async function listMerchantSplits(
  db: Db,
  options: { merchantId: string; side: SplitSide; cursor?: string | null },
): Promise<{ rows: SplitRow[]; nextCursor: string | null }> {
  const cursor = options.cursor && CURSOR.test(options.cursor) ? options.cursor : null;
  const splits = await db.paymentSplit.findMany({
    where: {
      ...(options.side === "received"
        ? { merchantId: options.merchantId, payment: { status: "SUCCEEDED" } }
        : { payment: { merchantId: options.merchantId, status: "SUCCEEDED" } }),
      ...(cursor ? { id: { lt: cursor } } : {}),
    },
    orderBy: { id: "desc" },
    take: SPLITS_PAGE_SIZE + 1,
    include: ROW_INCLUDE,
  });
  const page = splits.slice(0, SPLITS_PAGE_SIZE);
  return {
    rows: page.map((split) => toRow(split, options.side)),
    nextCursor: splits.length > SPLITS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The shares of one of the platform's payments (the caller has checked the payment is the merchant's). */
export async function paymentSplitRows(db: Db, paymentId: string): Promise<SplitRow[]> {
  const splits = await db.paymentSplit.findMany({
    where: { paymentId },
    orderBy: { merchantId: "asc" },
    include: ROW_INCLUDE,
  });
  return splits.map((split) => toRow(split, "given"));
}

/** Who a merchant shares payments with: its platform, if it is a sub-merchant, and its sub-merchants. */
export async function splitRelations(db: Db, merchantId: string) {
  const merchant = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    select: {
      platformMerchant: { select: { id: true, name: true } },
      subMerchants: { select: { id: true, name: true, status: true }, orderBy: { name: "asc" } },
    },
  });
  return { platform: merchant.platformMerchant, subMerchants: merchant.subMerchants };
}
