import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { readStatementRows } from "./read-statement-rows";
import { STATEMENT_HEADER, statementLine } from "./statement-csv";
import { parseStatementDate } from "./statement-period";

export type DailyStatementOptions = {
  merchantId: string;
  /** YYYY-MM-DD in Asia/Shanghai, as given: validated here (`invalid_request`, field "date"). */
  date: string;
  batchSize?: number;
};

/**
 * A day's statement as CSV chunks: the header, then one chunk per batch of rows. The date is checked
 * before the first chunk, so a bad date fails the call rather than a half-sent file.
 */
export async function dailyStatementChunks(
  db: Db,
  options: DailyStatementOptions,
): Promise<AsyncGenerator<string>> {
  const period = parseStatementDate(options.date, now());
  const rows = readStatementRows(db, {
    merchantId: options.merchantId,
    period,
    batchSize: options.batchSize,
  });
  async function* chunks() {
    yield STATEMENT_HEADER;
    for await (const batch of rows) yield batch.map(statementLine).join("");
  }
  return chunks();
}
