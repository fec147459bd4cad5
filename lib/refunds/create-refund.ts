import type { Refund } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { credit, postEntry } from "@/lib/ledger";
import { recordSplitReversals } from "@/lib/splits";
import { changeRefundedAmount, lockPaymentForRefund } from "@/lib/payments";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { isUniqueViolation } from "@/lib/db/errors";
import { assertRefundable, REFUND_ID_PATTERN } from "./refund-rules";
import { refundParamsHash } from "./refund-params-hash";
import { refundDestination } from "./refund-destination";
import { completeRefund } from "./finish-refund";
import { refundSources } from "./refund-sources";
import { PROCESS_REFUND_JOB } from "./refund-jobs";

export type CreateRefundInput = {
  merchantId: string;
  orderId: string;
  /** The merchant's own id for the refund: the idempotency key. */
  refundId: string;
  /** Minor units (fen). */
  amount: bigint;
  reason?: string | null;
  source: "api" | "dashboard" | "batch";
  createdByUserId?: string | null;
  batchId?: string | null;
};

export type CreateRefundResult = { refund: Refund; created: boolean };

/** The earlier refund with this refundId, if the same request: a retry gets it; anything else conflicts. */
async function existingRefund(tx: Tx | Db, input: CreateRefundInput, hash: string): Promise<Refund | null> {
  const existing = await tx.refund.findUnique({
    where: { merchantId_refundId: { merchantId: input.merchantId, refundId: input.refundId } },
  });
  if (!existing) return null;
  if (existing.paramsHash !== hash) {
    throw new AppError(
      "order_conflict",
      `Refund ${input.refundId} already exists with different parameters.`,
      "refundId",
    );
  }
  return existing;
}

async function createInTransaction(
  tx: Tx,
  input: CreateRefundInput,
  hash: string,
): Promise<CreateRefundResult> {
  // Refunds of one payment queue on its lock, so their total is checked exactly (spec: never more than
  // the payment, whatever the concurrency).
  const locked = await lockPaymentForRefund(tx, { merchantId: input.merchantId, orderId: input.orderId });
  const earlier = await existingRefund(tx, input, hash);
  if (earlier) return { refund: earlier, created: false };
  if (!locked) throw new AppError("not_found", `No payment with orderId ${input.orderId}.`, "orderId");
  const { payment, paidAttempt } = locked;
  const at = now();
  assertRefundable(payment, input.amount, at);
  if (!paidAttempt) throw new Error(`payment ${payment.id} succeeded without a paying attempt`);
  const destination = refundDestination(paidAttempt);
  const { splitParts, debitLines, ...sources } = await refundSources(tx, payment, input.amount);
  await changeRefundedAmount(tx, payment, input.amount);
  const refund = await tx.refund.create({
    data: {
      id: newId("rf", at.getTime()),
      merchantId: input.merchantId,
      paymentId: payment.id,
      refundId: input.refundId,
      amount: input.amount,
      currency: payment.currency,
      reason: input.reason ?? null,
      route: destination.route,
      bankCode: destination.bankCode,
      paramsHash: hash,
      source: input.source,
      createdByUserId: input.createdByUserId ?? null,
      batchId: input.batchId ?? null,
      ...sources,
      nextQueryAt: destination.bankCode ? at : null,
      createdAt: at,
    },
  });
  await recordSplitReversals(tx, refund.id, splitParts);
  const lines = [...debitLines, credit(destination.account, input.amount)];
  if (!destination.bankCode) {
    // Wallets and prepaid cards are the gateway's own books: the money is back in one posting.
    return { refund: await completeRefund(tx, refund, payment, { lines, completedAt: at }), created: true };
  }
  await postEntry(tx, {
    eventType: "refund.created",
    eventId: refund.id,
    description: `Refund ${refund.refundId} of order ${payment.orderId}, sent to ${destination.bankCode}`,
    lines,
  });
  // Sent to the bank after commit; the recurring sweep picks it up too if this job is lost.
  await enqueueJob(tx, {
    type: PROCESS_REFUND_JOB,
    payload: { refundId: refund.id },
    dedupeKey: `refund:${refund.id}:1`,
  });
  return { refund, created: true };
}

/**
 * Creates a refund of a merchant's paid payment: checks it (found, paid, within 90 days, not more than
 * is left, covered by the merchant's balances), moves the money in the ledger and records the refund in
 * one transaction. Wallet and prepaid-card refunds complete at once; bank and acquirer refunds are sent
 * after commit and complete when the bank answers.
 *
 * Idempotent on (merchant, refundId): the same parameters again return the original refund with
 * `created: false`, even for concurrent duplicates; other parameters are an `order_conflict`. Any
 * refusal throws an AppError with the API's code and changes nothing.
 */
export async function createRefund(db: Db, input: CreateRefundInput): Promise<CreateRefundResult> {
  if (!REFUND_ID_PATTERN.test(input.refundId)) {
    throw new AppError("invalid_request", "refundId must be 1-64 characters of A-Z a-z 0-9 _ -.", "refundId");
  }
  if (input.amount <= 0n) throw new AppError("invalid_request", "amount must be at least 1 fen.", "amount");
  const hash = refundParamsHash({
    orderId: input.orderId,
    amount: input.amount,
    reason: input.reason ?? null,
  });
  try {
    return await db.$transaction((tx) => createInTransaction(tx, input, hash), { maxWait: 10_000 });
  } catch (error) {
    // A concurrent duplicate (same refundId, possibly for another order) committed first.
    if (!isUniqueViolation(error)) throw error;
    const earlier = await existingRefund(db, input, hash);
    if (!earlier) throw error;
    return { refund: earlier, created: false };
  }
}
