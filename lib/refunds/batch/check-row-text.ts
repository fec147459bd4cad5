import { ORDER_ID_PATTERN } from "@/lib/payments/payment-rules";
import { REFUND_ID_PATTERN, REFUND_REASON_MAX_CHARS } from "../refund-rules";
import type { BatchVerdict } from "./batch-verdicts";
import { parseBatchAmount } from "./parse-batch-amount";
import type { BatchRowText } from "./read-batch-file";

/**
 * The verdicts a row's own text earns. A row with one of these is left out when the file's rows are
 * compared with each other (a broken line is nobody's duplicate): the SQL that compares them reads
 * this list, and checkRowText cannot return a verdict missing from it.
 */
export const TEXT_VERDICTS = [
  "order_id_missing",
  "order_id_invalid",
  "amount_missing",
  "amount_invalid",
  "amount_precision",
  "refund_id_invalid",
  "reason_too_long",
] as const satisfies readonly BatchVerdict[];

export type TextVerdict = { verdict: (typeof TEXT_VERDICTS)[number] | null; amount: bigint | null };

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
