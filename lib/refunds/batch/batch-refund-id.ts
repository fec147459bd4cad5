import { REFUND_ID_PATTERN } from "../refund-rules";

/**
 * The refund id of a row that names none: derived from the file's SHA-256 and the row's number, so the
 * same file uploaded again asks for the same refunds and the API's idempotency refunds nothing twice.
 */
export function derivedRefundId(fileSha256: string, rowNumber: number): string {
  const id = `B${fileSha256.slice(0, 20)}-${rowNumber}`;
  if (!REFUND_ID_PATTERN.test(id)) throw new Error(`derived refund id ${id} is not a valid refundId`);
  return id;
}

/** The refund id a row asks for: its own, or the derived one. */
export function rowRefundId(
  batch: { fileSha256: string },
  row: { rowNumber: number; refundIdText: string | null },
): string {
  return row.refundIdText || derivedRefundId(batch.fileSha256, row.rowNumber);
}
