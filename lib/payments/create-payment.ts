import type { Payment } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { newId, randomToken } from "@/lib/ids";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { checkPublicUrl, ssrfGuardEnabled } from "@/lib/notify/ssrf-guard";
import { checkSplitInstructions } from "@/lib/splits";
import { paramsHash } from "./params-hash";
import type { CreatePaymentInput } from "./create-payment-input";
import { DEFAULT_EXPIRY_MS, MAX_EXPIRY_MS } from "./payment-rules";

/** A create request after the API's schema has parsed it (lib/api/schemas/payments.ts). */
export type { CreatePaymentInput } from "./create-payment-input";

export type CreatePaymentResult = { payment: Payment; created: boolean };

type MerchantRef = { id: string; status: string };

/** Same orderId: the same parameters replay the payment (200), others are a conflict (409). */
function replayOrConflict(existing: Payment, hash: string): CreatePaymentResult {
  if (existing.paramsHash !== hash) {
    throw new AppError(
      "order_conflict",
      `orderId ${existing.orderId} already exists with different parameters.`,
      "orderId",
    );
  }
  return { payment: existing, created: false };
}

/** Checks that depend on the clock and the network, done only for a payment about to be created. */
async function checkNewPayment(input: CreatePaymentInput): Promise<Date> {
  const at = now();
  const expiresAt = input.expiresAt ?? new Date(at.getTime() + DEFAULT_EXPIRY_MS);
  if (expiresAt.getTime() <= at.getTime()) {
    throw new AppError("invalid_request", "expiresAt must be in the future.", "expiresAt");
  }
  if (expiresAt.getTime() > at.getTime() + MAX_EXPIRY_MS) {
    throw new AppError("invalid_request", "expiresAt must be at most 30 days ahead.", "expiresAt");
  }
  if (ssrfGuardEnabled()) {
    const check = await checkPublicUrl(input.notifyUrl);
    if (!check.ok) throw new AppError("invalid_request", `notifyUrl ${check.reason}.`, "notifyUrl");
  }
  return expiresAt;
}

type NewPaymentRow = Pick<
  Payment,
  | "id"
  | "merchantId"
  | "orderId"
  | "amount"
  | "currency"
  | "subject"
  | "notifyUrl"
  | "returnUrl"
  | "payerEmail"
  | "paramsHash"
  | "checkoutToken"
  | "expiresAt"
  | "createdAt"
> & { metadata: Record<string, string> };

/**
 * Inserts the payment unless its (merchant, orderId) exists: null then. One statement and no read
 * before it, since nearly every create is a new order.
 */
async function insertPayment(db: Db, data: NewPaymentRow): Promise<Payment | null> {
  const rows = await db.$queryRaw<Payment[]>`
    INSERT INTO "payments"
           ("id", "merchantId", "orderId", "amount", "currency", "subject", "notifyUrl", "returnUrl",
            "payerEmail", "metadata", "status", "fee", "amountRefunded", "paramsHash", "checkoutToken",
            "expiresAt", "createdAt", "updatedAt")
    VALUES (${data.id}, ${data.merchantId}, ${data.orderId}, ${data.amount}, ${data.currency}, ${data.subject},
            ${data.notifyUrl}, ${data.returnUrl}, ${data.payerEmail}, ${JSON.stringify(data.metadata)}::json,
            'PENDING', 0, 0, ${data.paramsHash}, ${data.checkoutToken}, ${data.expiresAt}, ${data.createdAt},
            ${data.createdAt})
    ON CONFLICT ("merchantId", "orderId") DO NOTHING
    RETURNING *`;
  return rows[0] ?? null;
}

/** A platform's payment with its split instructions, checked and stored in one transaction. */
function insertWithSplits(
  db: Db,
  data: NewPaymentRow,
  splits: NonNullable<CreatePaymentInput["splits"]>,
): Promise<Payment> {
  return db.$transaction(async (tx) => {
    const platform = await tx.merchant.findUniqueOrThrow({
      where: { id: data.merchantId },
      select: { id: true, feeBps: true },
    });
    await checkSplitInstructions(tx, platform, data.amount, splits);
    const created = await tx.payment.create({ data });
    await tx.paymentSplit.createMany({
      data: splits.map((split) => ({
        id: newId("spl", data.createdAt.getTime()),
        paymentId: created.id,
        merchantId: split.merchantId,
        amount: split.amount,
        createdAt: data.createdAt,
      })),
    });
    return created;
  });
}

/**
 * Creates a payment for an active merchant, idempotently on (merchant, orderId). Concurrent duplicates
 * race on the unique key: one insert wins, the others read the winner and answer as a replay. A retry
 * is answered from its payment even once its expiresAt has passed. The merchant comes from the
 * authenticated request, never from the body. Split instructions are checked and stored with the
 * payment, in its transaction.
 */
export async function createPayment(
  db: Db,
  merchant: MerchantRef,
  input: CreatePaymentInput,
): Promise<CreatePaymentResult> {
  if (merchant.status !== "ACTIVE") {
    throw new AppError("merchant_not_active", "The merchant is not approved to take payments.");
  }
  const hash = paramsHash(input);
  const earlier = () =>
    db.payment.findUnique({
      where: { merchantId_orderId: { merchantId: merchant.id, orderId: input.orderId } },
    });
  const splits = input.splits ?? [];
  if (splits.length > 0) {
    // A replay is not checked against today's platform links.
    const existing = await earlier();
    if (existing) return replayOrConflict(existing, hash);
  }
  let expiresAt: Date;
  try {
    expiresAt = await checkNewPayment(input);
  } catch (error) {
    const existing = await earlier();
    if (existing) return replayOrConflict(existing, hash);
    throw error;
  }
  const at = now();
  const data: NewPaymentRow = {
    id: newId("pay", at.getTime()),
    merchantId: merchant.id,
    orderId: input.orderId,
    amount: input.amount,
    currency: input.currency,
    subject: input.subject,
    notifyUrl: input.notifyUrl,
    returnUrl: input.returnUrl,
    payerEmail: input.payerEmail,
    metadata: input.metadata,
    paramsHash: hash,
    checkoutToken: randomToken(24),
    expiresAt,
    createdAt: at,
  };
  if (splits.length === 0) {
    const payment = await insertPayment(db, data);
    if (payment) return { payment, created: true };
  } else {
    try {
      return { payment: await insertWithSplits(db, data, splits), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const winner = await earlier();
  if (!winner) throw new Error(`payment ${input.orderId} of ${merchant.id} conflicted but cannot be read`);
  return replayOrConflict(winner, hash);
}
