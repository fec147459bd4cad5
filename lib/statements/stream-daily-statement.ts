import type { Db } from "@/lib/db";
import { dailyStatementChunks, type DailyStatementOptions } from "./daily-statement";

/**
 * A day's statement as a byte stream, for downloads that need no signature (the dashboard): one batch
 * is read from the database when the reader is ready for more, so memory stays one batch deep however
 * big the day.
 */
export async function streamDailyStatement(
  db: Db,
  options: DailyStatementOptions,
): Promise<ReadableStream<Uint8Array>> {
  const chunks = await dailyStatementChunks(db, options);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
