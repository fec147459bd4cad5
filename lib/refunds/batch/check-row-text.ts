import { createHash } from "node:crypto";
import { ORDER_ID_PATTERN } from "@/lib/payments/payment-rules";
import { REFUND_ID_PATTERN, REFUND_REASON_MAX_CHARS } from "../refund-rules";
import type { BatchVerdict } from "./batch-verdicts";
import { parseBatchAmount } from "./parse-batch-amount";
import type { BatchRowText } from "./read-batch-file";

export type TextVerdict = { verdict: BatchVerdict | null; amount: bigint | null };

/** What can be said of a row from its own text, before the rest of the file or the database. */
export function checkRowText(row: BatchRowText): TextVerdict {
  const parsed = parseBatchAmount(row.amountText);
  const amount = parsed.ok ? parsed.minor : null;
  if (!row.orderId) return { verdict: "order_id_missing", amount };
  if (!ORDER_ID_PATTERN.test(row.orderId)) return { verdict: "order_id_invalid", amount };
  if (!parsed.ok) return { verdict: parsed.verdict, amount };
  if (row.refundIdText && !REFUND_ID_PATTERN.test(row.refundIdText))
    return { verdict: "refund_id_invalid", amount };
  if ([...row.reason].length > REFUND_REASON_MAX_CHARS) return { verdict: "reason_too_long", amount };
  return { verdict: null, amount };
}

/**
 * 72 bits of a SHA-1 as 12 characters: what the file-wide bookkeeping keeps per row instead of the
 * row's text, so a 50,000-row file costs a few MB (collisions are ~1e-13 likely at that size).
 */
export function compactKey(text: string): string {
  return createHash("sha1").update(text).digest("base64").slice(0, 12);
}

/**
 * Remembers the rows seen so far in one file: the same order, amount and refund id again is a
 * duplicate row (most often a line pasted twice), and a refund id named twice is a duplicate id.
 */
export class DuplicateTracker {
  private readonly rows = new Set<string>();
  private readonly refundIds = new Set<string>();

  check(row: BatchRowText, amount: bigint): "duplicate_row" | "duplicate_refund_id" | null {
    const key = compactKey(`${row.orderId}\u0000${amount}\u0000${row.refundIdText}`);
    if (this.rows.has(key)) return "duplicate_row";
    this.rows.add(key);
    if (!row.refundIdText) return null;
    const id = compactKey(row.refundIdText);
    if (this.refundIds.has(id)) return "duplicate_refund_id";
    this.refundIds.add(id);
    return null;
  }
}
