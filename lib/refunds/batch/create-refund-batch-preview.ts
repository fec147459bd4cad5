import { createHash } from "node:crypto";
import path from "node:path";
import type { RefundBatch } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { VALIDATION_CHUNK_ROWS } from "./batch-limits";
import type { BatchSource } from "./batch-source";
import { checkChunk, type BatchFile, type ValidatedRow } from "./batch-validator";
import { jsonParameter } from "./json-parameter";
import { markFileWideVerdicts } from "./mark-file-wide-verdicts";
import { detectFormat, readBatchRows, type BatchRowText } from "./read-batch-file";

export type CreateRefundBatchPreviewInput = {
  merchantId: string;
  uploadedByUserId: string;
  source: BatchSource;
};

async function sha256Of(source: BatchSource): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of source.open()) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function displayName(name: string): string {
  return path.basename(name.replaceAll("\\", "/")).slice(-200) || "refunds";
}

/** One INSERT per chunk, the rows as one JSON parameter (see jsonParameter) of positional arrays. */
async function storeRows(tx: Tx, batchId: string, rows: ValidatedRow[]): Promise<void> {
  const json = jsonParameter(
    rows.map((r) => [
      newId("rbr"),
      r.rowNumber,
      r.orderId,
      r.amountText,
      r.amount?.toString() ?? null,
      r.refundIdText,
      r.reason,
      r.verdict,
      r.message,
      r.paymentId,
      r.refundRecordId,
    ]),
  );
  await tx.$executeRaw`
    INSERT INTO "refund_batch_rows" ("id", "batchId", "rowNumber", "orderId", "amountText", "amount",
                                     "refundIdText", "reason", "verdict", "message", "paymentId", "refundRecordId")
    SELECT r->>0, ${batchId}, (r->>1)::int, r->>2, r->>3, (r->>4)::bigint, r->>5, r->>6, r->>7, r->>8, r->>9,
           r->>10
      FROM jsonb_array_elements(${json}::jsonb) AS r`;
}

/**
 * Reads an uploaded refund file (CSV or XLSX, streamed), checks every row against the merchant's
 * payments and refunds and stores the batch with each row's verdict, for the user to look at before
 * anything is refunded. All or nothing: a file refused half-way (broken, too many rows) leaves no batch.
 * Throws BatchFileError for a file that cannot be read at all.
 */
export async function createRefundBatchPreview(
  db: Db,
  input: CreateRefundBatchPreviewInput,
): Promise<RefundBatch> {
  const format = detectFormat(input.source);
  const fileSha256 = await sha256Of(input.source);
  const at = now();
  return db.$transaction(
    async (tx) => {
      const batch = await tx.refundBatch.create({
        data: {
          id: newId("rb", at.getTime()),
          merchantId: input.merchantId,
          uploadedByUserId: input.uploadedByUserId,
          fileName: displayName(input.source.name),
          fileFormat: format,
          fileSha256,
          rowCount: 0,
          validCount: 0,
          createdAt: at,
        },
      });
      const file: BatchFile = { merchantId: input.merchantId, fileSha256, at };
      let chunk: BatchRowText[] = [];
      let rowCount = 0;
      // A pipeline of three: while chunk N is stored (on the transaction's connection), chunk N+1 is
      // checked (reads through `db`, other connections) and chunk N+2 parsed. Chunks are checked one at
      // a time, though each is judged alone, to bound the connections an upload takes; at most three
      // chunks are in memory. What depends on other rows is decided once all are stored.
      const inFlight: {
        last: { checked: Promise<unknown>; stored: Promise<void> } | null;
        beforeLast: Promise<void> | null;
      } = { last: null, beforeLast: null };
      const flush = async () => {
        if (inFlight.beforeLast) await inFlight.beforeLast;
        if (!chunk.length) return;
        const rows = chunk;
        chunk = [];
        rowCount += rows.length;
        const previous = inFlight.last;
        const checked = (previous?.checked ?? Promise.resolve()).then(() => checkChunk(db, file, rows));
        const stored = Promise.all([checked, previous?.stored]).then(([valid]) =>
          storeRows(tx, batch.id, valid),
        );
        // Each is awaited later (the next flushes, the end); until then a failure is not "unhandled".
        checked.catch(() => {});
        stored.catch(() => {});
        inFlight.beforeLast = previous?.stored ?? null;
        inFlight.last = { checked, stored };
      };
      for await (const row of readBatchRows(input.source, format)) {
        chunk.push(row);
        if (chunk.length >= VALIDATION_CHUNK_ROWS) await flush();
      }
      await flush();
      await inFlight.last?.stored;
      await markFileWideVerdicts(tx, batch);
      const validCount = await tx.refundBatchRow.count({ where: { batchId: batch.id, verdict: "ok" } });
      return tx.refundBatch.update({ where: { id: batch.id }, data: { rowCount, validCount } });
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
