import type { Payment } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { formatCny } from "@/lib/money";
import { refundParamsHash } from "../refund-params-hash";
import { refundableAmount, refundRefusal, type RefundRefusal } from "../refund-rules";
import { rowRefundId } from "./batch-refund-id";
import type { BatchVerdict } from "./batch-verdicts";
import { checkRowText } from "./check-row-text";
import type { BatchRowText } from "./read-batch-file";

/** Where the validator reads: any client (the checks are advice; createRefund decides at submission). */
export type Reader = Pick<Tx, "$queryRaw">;

/** A row as first stored for the preview: its text, its amount in fen when it parsed, and its verdict. */
export type ValidatedRow = {
  rowNumber: number;
  orderId: string;
  amountText: string;
  amount: bigint | null;
  refundIdText: string | null;
  reason: string | null;
  verdict: BatchVerdict;
  message: string | null;
  paymentId: string | null;
  refundRecordId: string | null;
};

const REFUSAL_VERDICTS: Record<RefundRefusal, BatchVerdict> = {
  payment_not_refundable: "not_succeeded",
  refund_window_expired: "window_expired",
  amount_exceeds_refundable: "amount_exceeds_refundable",
};

type PaymentFacts = Pick<Payment, "id" | "orderId" | "status" | "paidAt" | "amount" | "amountRefunded">;

export type BatchFile = { merchantId: string; fileSha256: string; at: Date };

/** Why a row asks for too much: what is left, counting the earlier rows of the file that fit, if any. */
export function beyondRefundableMessage(left: bigint, afterEarlierRows: boolean): string {
  return `At most ${formatCny(left)} is left to refund${afterEarlierRows ? " after the earlier rows of this file" : ""}.`;
}

function decide(
  file: BatchFile,
  payment: PaymentFacts,
  amount: bigint,
  reason: string | null,
  existing: { id: string; paramsHash: string } | undefined,
): Pick<ValidatedRow, "verdict" | "message" | "refundRecordId"> {
  if (existing) {
    const same = existing.paramsHash === refundParamsHash({ orderId: payment.orderId, amount, reason });
    return same
      ? { verdict: "already_refunded", message: null, refundRecordId: existing.id }
      : { verdict: "refund_id_conflict", message: null, refundRecordId: null };
  }
  const refusal = refundRefusal(payment, amount, file.at);
  if (!refusal) return { verdict: "ok", message: null, refundRecordId: null };
  const message =
    refusal === "amount_exceeds_refundable"
      ? beyondRefundableMessage(refundableAmount(payment), false)
      : null;
  return { verdict: REFUSAL_VERDICTS[refusal], message, refundRecordId: null };
}

/**
 * Checks one chunk of a file's rows by what each row says and what the database holds, with two queries
 * per chunk (the chunk's payments and the refunds its ids already name), never one per row. It keeps
 * nothing between chunks, so memory does not grow with the file: each row is judged as if it were the
 * only one, and what depends on the other rows (duplicates, what earlier rows already ask of the same
 * payment, another merchant's order) is decided in SQL over the stored rows once the last chunk is in
 * (markFileWideVerdicts).
 *
 * The id lists go as one comma-joined text each (order and refund ids that reach here cannot hold a
 * comma): Prisma keeps the parameters of its last hundred queries (see jsonParameter), and one string
 * costs it about half the memory of an array with a string per row.
 */
export async function checkChunk(
  tx: Reader,
  file: BatchFile,
  chunk: BatchRowText[],
): Promise<ValidatedRow[]> {
  const staged = chunk.map((row) => ({ row, ...checkRowText(row), refundId: rowRefundId(file, row) }));
  const open = staged.filter((s) => s.verdict === null);
  const [payments, refunds] = open.length
    ? await Promise.all([
        tx.$queryRaw<PaymentFacts[]>`
          SELECT "id", "orderId", "status", "paidAt", "amount", "amountRefunded" FROM "payments"
           WHERE "merchantId" = ${file.merchantId}
             AND "orderId" = ANY(string_to_array(${[...new Set(open.map((s) => s.row.orderId))].join(",")}, ','))`,
        tx.$queryRaw<{ id: string; refundId: string; paramsHash: string }[]>`
          SELECT "id", "refundId", "paramsHash" FROM "refunds"
           WHERE "merchantId" = ${file.merchantId}
             AND "refundId" = ANY(string_to_array(${open.map((s) => s.refundId).join(",")}, ','))`,
      ])
    : [[], []];
  const paymentByOrder = new Map(payments.map((p) => [p.orderId, p]));
  const refundById = new Map(refunds.map((r) => [r.refundId, r]));
  return staged.map((s) => {
    const base = {
      rowNumber: s.row.rowNumber,
      orderId: s.row.orderId,
      amountText: s.row.amountText,
      amount: s.amount,
      refundIdText: s.row.refundIdText || null,
      reason: s.row.reason || null,
      message: null,
      paymentId: null,
      refundRecordId: null,
    };
    if (s.verdict !== null || s.amount === null) return { ...base, verdict: s.verdict ?? "amount_invalid" };
    const payment = paymentByOrder.get(s.row.orderId);
    if (!payment) return { ...base, verdict: "unknown_order" };
    const decided = decide(file, payment, s.amount, base.reason, refundById.get(s.refundId));
    return { ...base, paymentId: payment.id, ...decided };
  });
}
