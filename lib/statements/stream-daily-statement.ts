import type { Db } from "@/lib/db";
import { dailyStatementChunks, type DailyStatementOptions } from "./daily-statement";
import { textStream } from "./text-stream";

/**
 * A day's statement as a byte stream, for downloads that need no signature (the dashboard): one batch
 * is read from the database when the reader is ready for more, so memory stays one batch deep however
 * big the day.
 */
export async function streamDailyStatement(
  db: Db,
  options: DailyStatementOptions,
): Promise<ReadableStream<Uint8Array>> {
  return textStream(await dailyStatementChunks(db, options));
}
