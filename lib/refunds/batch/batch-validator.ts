import type { Payment } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

/** Where the validator reads: any client (the checks are advice; createRefund decides at submission). */
export type Reader = Pick<Tx, "$queryRaw">;
import { formatCny } from "@/lib/money";
import { refundParamsHash } from "../refund-params-hash";
import { refundableAmount, refundRefusal, type RefundRefusal } from "../refund-rules";
import { rowRefundId } from "./batch-refund-id";
import type { BatchVerdict } from "./batch-verdicts";
import { checkRowText, compactKey, DuplicateTracker } from "./check-row-text";
import type { BatchRowText } from "./read-batch-file";

/** A row as stored for the preview: its text, its amount in fen when it parsed, and its verdict. */
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

/**
 * Checks a file's rows chunk by chunk, in file order, with two queries per chunk (the chunk's payments
 * and the refunds its ids already name), never one per row; raw SQL, because Prisma's IN lists cost more
 * CPU than the database does here. It keeps what earlier rows asked of each
 * payment, so two rows that each fit but together exceed what is left are told apart: the later one
 * is refused. Another merchant's orders are told apart from unknown ones once, after the last chunk.
 */
export class BatchValidator {
  private readonly duplicates = new DuplicateTracker();
  /** Fen asked of each payment (by compactKey of its id) by earlier valid rows of this file. */
  private readonly claimed = new Map<string, bigint>();
  /** Order ids this merchant does not have: another merchant's, or nobody's (see otherMerchantsOrders). */
  private readonly unknown = new Set<string>();

  constructor(private readonly file: { merchantId: string; fileSha256: string; at: Date }) {}

  async validate(tx: Reader, chunk: BatchRowText[]): Promise<ValidatedRow[]> {
    const staged = chunk.map((row) => {
      const text = checkRowText(row);
      const verdict = text.verdict ?? (text.amount === null ? null : this.duplicates.check(row, text.amount));
      return { row, verdict, amount: text.amount, refundId: rowRefundId(this.file, row) };
    });
    const open = staged.filter((s) => s.verdict === null);
    const [payments, refunds] = open.length
      ? await Promise.all([
          tx.$queryRaw<PaymentFacts[]>`
            SELECT "id", "orderId", "status", "paidAt", "amount", "amountRefunded" FROM "payments"
             WHERE "merchantId" = ${this.file.merchantId}
               AND "orderId" = ANY(${[...new Set(open.map((s) => s.row.orderId))]}::text[])`,
          tx.$queryRaw<{ id: string; refundId: string; paramsHash: string }[]>`
            SELECT "id", "refundId", "paramsHash" FROM "refunds"
             WHERE "merchantId" = ${this.file.merchantId} AND "refundId" = ANY(${open.map((s) => s.refundId)}::text[])`,
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
      if (!payment) {
        this.unknown.add(s.row.orderId);
        return { ...base, verdict: "unknown_order" };
      }
      const decided = this.decide(payment, s.amount, base.reason, refundById.get(s.refundId));
      return { ...base, paymentId: payment.id, ...decided };
    });
  }

  /**
   * Which of the unknown order ids another merchant has: one query for the whole file, because payments
   * have no index on the order id alone (one scan with a hashed array rather than one per chunk).
   */
  async otherMerchantsOrders(tx: Reader): Promise<string[]> {
    if (!this.unknown.size) return [];
    const rows = await tx.$queryRaw<{ orderId: string }[]>`
      SELECT DISTINCT "orderId" FROM "payments"
       WHERE "orderId" = ANY(${[...this.unknown]}::text[]) AND "merchantId" <> ${this.file.merchantId}`;
    return rows.map((row) => row.orderId);
  }

  private decide(
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
    const key = compactKey(payment.id);
    const claimed = this.claimed.get(key) ?? 0n;
    const asIfEarlierRowsWereRefunded = { ...payment, amountRefunded: payment.amountRefunded + claimed };
    const refusal = refundRefusal(asIfEarlierRowsWereRefunded, amount, this.file.at);
    if (refusal) {
      const message =
        refusal === "amount_exceeds_refundable"
          ? `At most ${formatCny(refundableAmount(asIfEarlierRowsWereRefunded))} is left to refund${claimed ? " after the earlier rows of this file" : ""}.`
          : null;
      return { verdict: REFUSAL_VERDICTS[refusal], message, refundRecordId: null };
    }
    this.claimed.set(key, claimed + amount);
    return { verdict: "ok", message: null, refundRecordId: null };
  }
}
