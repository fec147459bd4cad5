import type { Db } from "@/lib/db";
import { dailyStatementChunks, type DailyStatementOptions } from "./daily-statement";

/**
 * A day's statement as one CSV text, for the signed API: its signature covers the whole body and must
 * be sent before it, so the body cannot be streamed. It is assembled from per-batch chunks (about 150
 * bytes a row: 15 MB for a 100,000-payment day) rather than grown row by row.
 */
export async function getDailyStatementCsv(db: Db, options: DailyStatementOptions): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of await dailyStatementChunks(db, options)) chunks.push(chunk);
  return chunks.join("");
}
