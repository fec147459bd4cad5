import { createHash } from "node:crypto";
import path from "node:path";
import type { RefundBatch } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { now } from "@/lib/clock";
import { newId } from "@/lib/ids";
import { VALIDATION_CHUNK_ROWS } from "./batch-limits";
import type { BatchSource } from "./batch-source";
import { BatchValidator, type ValidatedRow } from "./batch-validator";
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

/** Unknown orders that another merchant has get the clearer verdict: "not yours". */
async function markOtherMerchantsOrders(tx: Tx, batchId: string, orderIds: string[]): Promise<void> {
  if (!orderIds.length) return;
  await tx.$executeRaw`
    UPDATE "refund_batch_rows" SET "verdict" = 'other_merchant'
     WHERE "batchId" = ${batchId} AND "verdict" = 'unknown_order' AND "orderId" = ANY(${orderIds}::text[])`;
}

/**
 * One INSERT per chunk with a parameter per column (unnest of arrays): Prisma's createMany would send
 * a parameter per cell and costs several times more CPU and memory per row.
 */
async function storeRows(tx: Tx, batchId: string, rows: ValidatedRow[]): Promise<void> {
  const column = <T>(pick: (row: ValidatedRow) => T) => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO "refund_batch_rows" ("id", "batchId", "rowNumber", "orderId", "amountText", "amount",
                                     "refundIdText", "reason", "verdict", "message", "paymentId", "refundRecordId")
    SELECT r.id, ${batchId}, r."rowNumber", r."orderId", r."amountText", r.amount, r."refundIdText", r.reason,
           r.verdict, r.message, r."paymentId", r."refundRecordId"
      FROM unnest(${column(() => newId("rbr"))}::text[], ${column((r) => r.rowNumber)}::int[],
                  ${column((r) => r.orderId)}::text[], ${column((r) => r.amountText)}::text[],
                  ${column((r) => r.amount?.toString() ?? null)}::bigint[], ${column((r) => r.refundIdText)}::text[],
                  ${column((r) => r.reason)}::text[], ${column((r) => r.verdict)}::text[],
                  ${column((r) => r.message)}::text[], ${column((r) => r.paymentId)}::text[],
                  ${column((r) => r.refundRecordId)}::text[])
        AS r(id, "rowNumber", "orderId", "amountText", amount, "refundIdText", reason, verdict, message,
             "paymentId", "refundRecordId")`;
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
      const validator = new BatchValidator({ merchantId: input.merchantId, fileSha256, at });
      let chunk: BatchRowText[] = [];
      let rowCount = 0;
      // A pipeline of three: while chunk N is stored (on the transaction's connection), chunk N+1 is
      // checked (reads through `db`, another connection) and chunk N+2 parsed. Checks run in file order
      // (each depends on the rows before it); at most three chunks are in memory.
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
        const checked = (previous?.checked ?? Promise.resolve()).then(() => validator.validate(db, rows));
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
      await markOtherMerchantsOrders(tx, batch.id, await validator.otherMerchantsOrders(tx));
      const validCount = await tx.refundBatchRow.count({ where: { batchId: batch.id, verdict: "ok" } });
      return tx.refundBatch.update({ where: { id: batch.id }, data: { rowCount, validCount } });
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
