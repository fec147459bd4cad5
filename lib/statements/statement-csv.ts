/** The spec's columns, in order (shared/spec/merchant-api.md, "GET /api/v1/statements/{date}"). */
export const STATEMENT_COLUMNS = [
  "type",
  "order_id",
  "refund_id",
  "payment_id",
  "amount",
  "fee",
  "net",
  "currency",
  "status",
  "method",
  "created_at",
  "completed_at",
] as const;

/**
 * One line of a daily statement, amounts in fen: a succeeded payment, a completed refund, or the
 * reversal of a payment reconciliation found the bank never had (a `payment` row that negates it).
 */
export type StatementRow = {
  type: "payment" | "refund";
  /** `reversed` on the row that takes a reversed payment back; the payment's own row stays `succeeded`. */
  status: "succeeded" | "reversed";
  orderId: string;
  /** The merchant's refund id (refund rows only). */
  refundId: string | null;
  paymentId: string;
  /** The gateway's id of the row's object (pay_…, rf_…, or the reversal's entry je_…): the order's tie-break. */
  rowId: string;
  /** Negative for refunds and reversals. */
  amount: bigint;
  /** 0 for refunds (the fee is not returned); negative for reversals (the gateway gives its fee up). */
  fee: bigint;
  /** amount − fee: what the row changed in the merchant's balances. */
  net: bigint;
  currency: string;
  /** bank_card | wallet | prepaid_card: how the payment was paid (and so where its refund went). */
  method: string | null;
  createdAt: Date;
  completedAt: Date;
};

// CSV as RFC 4180 reads it, with LF line ends (every CSV reader accepts them; `split("\n")` does too).
export const CSV_LINE_END = "\n";

/** A field, quoted (with inner quotes doubled) only when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(",") + CSV_LINE_END;
}

export const STATEMENT_HEADER = csvLine(STATEMENT_COLUMNS);

export function statementLine(row: StatementRow): string {
  return csvLine([
    row.type,
    row.orderId,
    row.refundId ?? "",
    row.paymentId,
    row.amount.toString(),
    row.fee.toString(),
    row.net.toString(),
    row.currency,
    row.status,
    row.method ?? "",
    row.createdAt.toISOString(),
    row.completedAt.toISOString(),
  ]);
}

export const STATEMENT_CONTENT_TYPE = "text/csv; charset=utf-8";
