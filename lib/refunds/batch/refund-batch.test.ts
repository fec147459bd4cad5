import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RefundBatch } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { checkLedger } from "@/lib/ledger";
import { createTestMerchant } from "@/lib/api/testing/merchant-client";
import { createWalletUser, paidPayment, pendingPayment } from "@/lib/payments/testing";
import { createRefund } from "../create-refund";
import { walletPaidPayment } from "../testing";
import { derivedRefundId } from "./batch-refund-id";
import { sourceFromBytes, type BatchSource } from "./batch-source";
import { cancelRefundBatch } from "./cancel-refund-batch";
import { confirmRefundBatch } from "./confirm-refund-batch";
import { createRefundBatchPreview } from "./create-refund-batch-preview";
import { getRefundBatch } from "./get-refund-batch";
import { listRefundBatchRows } from "./list-refund-batch-rows";
import { processRefundBatch } from "./process-refund-batch";
import { detectFormat, readBatchRows } from "./read-batch-file";
import { refundBatchResults, type ResultLabels } from "./refund-batch-results";
import { refundBatchTemplate } from "./refund-batch-template";
import { collect, csvSource, xlsxSource } from "./testing";

const DAY = 24 * 60 * 60_000;
let merchantId: string;
let otherMerchantId: string;
let userId: string;

beforeAll(async () => {
  merchantId = (await createTestMerchant()).merchantId;
  otherMerchantId = (await createTestMerchant()).merchantId;
  userId = await createWalletUser();
});

afterAll(async () => {
  setClockOffset(0);
  expect((await checkLedger(db)).ok).toBe(true);
});

const preview = (source: BatchSource, merchant = merchantId) =>
  createRefundBatchPreview(db, { merchantId: merchant, uploadedByUserId: userId, source });

async function verdicts(batch: RefundBatch): Promise<Record<number, string>> {
  const page = await listRefundBatchRows(db, { batchId: batch.id, limit: 1000 });
  return Object.fromEntries(page.rows.map((row) => [row.rowNumber, row.verdict]));
}

/** Confirms and runs the batch job to the end, as the worker would. */
async function submit(batch: RefundBatch): Promise<void> {
  await confirmRefundBatch(db, { merchantId, batchId: batch.id, confirmedByUserId: userId });
  while (!(await processRefundBatch(db, batch.id, userId)).done);
}

async function refundsOf(paymentId: string) {
  return db.refund.findMany({ where: { paymentId }, orderBy: { createdAt: "asc" } });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return "ok";
}

describe("refund batch preview", () => {
  it("gives every row its verdict, counting earlier rows of the file against what is left", async () => {
    const wallet = (await walletPaidPayment(merchantId, 10_000n)).payment;
    const card = await paidPayment(merchantId, { amount: 5_000n });
    const pending = await pendingPayment(merchantId);
    setClockOffset(-91 * DAY);
    const old = (await walletPaidPayment(merchantId, 1_000n)).payment;
    setClockOffset(0);
    const theirs = (await walletPaidPayment(otherMerchantId, 1_000n)).payment;
    const exist = `R${randomBytes(4).toString("hex")}`;
    const exist2 = `R${randomBytes(4).toString("hex")}`;
    const r9 = `R${randomBytes(4).toString("hex")}`;
    const refund = (refundId: string, amount: bigint) =>
      createRefund(db, { merchantId, orderId: wallet.orderId, refundId, amount, source: "api" });
    await refund(exist, 1_000n);
    await refund(exist2, 300n);
    const w = wallet.orderId;
    const batch = await preview(
      csvSource([
        [w, "12.50", "", ""], // 1 ok
        [w, "12.5", "", "pasted twice"], // 2 duplicate (same order, amount, no refund id)
        [card.orderId, "30", "", ""], // 3 ok: 20.00 left after it
        [card.orderId, "30.00", "R-2x", ""], // 4 exceeds what is left after row 3
        ["UNKNOWN-1", "1", "", ""], // 5
        [theirs.orderId, "1", "", ""], // 6
        [pending.orderId, "1", "", ""], // 7
        [old.orderId, "1", "", ""], // 8
        [w, "12.505", "", ""], // 9
        [w, "abc", "", ""], // 10
        [w, "0", "", ""], // 11
        ["", "1", "", ""], // 12
        ["bad id!", "1", "", ""], // 13
        [w, "", "", ""], // 14
        [w, "1", "bad id!", ""], // 15
        [w, "1", "", "x".repeat(300)], // 16
        [w, "10.00", exist, ""], // 17 asked before with the same parameters
        [w, "2", exist2, ""], // 18 the id exists with another amount
        [w, "3", r9, ""], // 19 ok
        [card.orderId, "1", r9, ""], // 20 the same refund id twice in the file
        [w, "￥1,000.00", "", ""], // 21 more than is left
        [w, "１.００元", "", ""], // 22 full-width, with 元: ok
      ]),
    );
    expect(await verdicts(batch)).toEqual({
      1: "ok",
      2: "duplicate_row",
      3: "ok",
      4: "amount_exceeds_refundable",
      5: "unknown_order",
      6: "other_merchant",
      7: "not_succeeded",
      8: "window_expired",
      9: "amount_precision",
      10: "amount_invalid",
      11: "amount_invalid",
      12: "order_id_missing",
      13: "order_id_invalid",
      14: "amount_missing",
      15: "refund_id_invalid",
      16: "reason_too_long",
      17: "already_refunded",
      18: "refund_id_conflict",
      19: "ok",
      20: "duplicate_refund_id",
      21: "amount_exceeds_refundable",
      22: "ok",
    });
    expect(batch).toMatchObject({ status: "PREVIEW", rowCount: 22, validCount: 4, fileFormat: "csv" });
    const rows = (await listRefundBatchRows(db, { batchId: batch.id })).rows;
    expect(rows[3]?.message).toBe("At most ¥20.00 is left to refund after the earlier rows of this file.");
    expect(rows[16]?.refund?.refundId).toBe(exist);
    expect(rows[21]?.amount).toBe(100n);

    // Nothing is refunded before the user confirms.
    expect(await refundsOf(card.id)).toHaveLength(0);
    await submit(batch);
    const done = await getRefundBatch(db, { merchantId, batchId: batch.id });
    expect(done?.batch.status).toBe("SUBMITTED");
    expect(done?.refunds).toEqual({ PROCESSING: 1, SUCCEEDED: 3, FAILED: 0 });
    expect(done?.toSubmit).toBe(0);
    expect(done?.percent).toBe(87);
    const cardRefunds = await refundsOf(card.id);
    expect(cardRefunds).toMatchObject([
      { amount: 3_000n, status: "PROCESSING", source: "batch", batchId: batch.id, createdByUserId: userId },
    ]);
    expect(cardRefunds[0]?.refundId).toBe(derivedRefundId(batch.fileSha256, 3));
    expect((await refundsOf(wallet.id)).map((r) => r.amount)).toEqual([1_000n, 300n, 1_250n, 300n, 100n]);
  });

  it("reads XLSX the same way as CSV", async () => {
    const { payment } = await walletPaidPayment(merchantId, 2_000n);
    const batch = await preview(
      await xlsxSource([
        [payment.orderId, 12.5, null, "坏了"],
        [payment.orderId, "7.50", "", ""],
        [payment.orderId, "0.01", "", ""],
      ]),
    );
    expect(batch).toMatchObject({ fileFormat: "xlsx", rowCount: 3, validCount: 2 });
    expect(await verdicts(batch)).toEqual({ 1: "ok", 2: "ok", 3: "amount_exceeds_refundable" });
  });

  it("refunds nothing twice when the same file is uploaded again, before or after the first is submitted", async () => {
    const { payment } = await walletPaidPayment(merchantId, 5_000n);
    const bytes = Buffer.from(`商户订单号,退款金额\n${payment.orderId},10.00\n${payment.orderId},5.00\n`);
    const first = await preview(sourceFromBytes("a.csv", bytes));
    const second = await preview(sourceFromBytes("copy of a.csv", bytes));
    expect(second.fileSha256).toBe(first.fileSha256);
    expect(second.validCount).toBe(2);
    await submit(first);
    await submit(second);
    expect((await refundsOf(payment.id)).map((r) => r.amount)).toEqual([1_000n, 500n]);
    const secondRows = (await listRefundBatchRows(db, { batchId: second.id })).rows;
    const firstRows = (await listRefundBatchRows(db, { batchId: first.id })).rows;
    expect(secondRows.map((r) => r.refundRecordId)).toEqual(firstRows.map((r) => r.refundRecordId));

    const third = await preview(sourceFromBytes("again.csv", bytes));
    expect(third.validCount).toBe(0);
    expect(await verdicts(third)).toEqual({ 1: "already_refunded", 2: "already_refunded" });
    expect((await refundsOf(payment.id)).length).toBe(2);
  });

  it("racing API refunds on the same payment: the total never exceeds the payment", async () => {
    const { payment } = await walletPaidPayment(merchantId, 10_000n);
    // The file asks for ¥15.00–¥15.04 five times, the API for ¥15.00 five times, at once: of ¥100.00,
    // exactly six fit (seven would be over ¥105), whichever win.
    const lines = Array.from({ length: 5 }, (_, i) => `${payment.orderId},15.0${i}`);
    const batch = await preview(
      sourceFromBytes("race.csv", Buffer.from(`商户订单号,退款金额\n${lines.join("\n")}\n`)),
    );
    expect(batch.validCount).toBe(5);
    const api = Array.from({ length: 5 }, (_, i) =>
      codeOf(
        createRefund(db, {
          merchantId,
          orderId: payment.orderId,
          refundId: `RACE-${randomBytes(4).toString("hex")}-${i}`,
          amount: 1_500n,
          source: "api",
        }),
      ),
    );
    await Promise.all([submit(batch), ...api]);
    const refunds = await refundsOf(payment.id);
    const total = refunds.reduce((sum, r) => sum + r.amount, 0n);
    expect(refunds).toHaveLength(6);
    expect(total).toBeLessThanOrEqual(10_000n);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountRefunded).toBe(total);
  });

  it("resumes after a crash between a refund and its row, and re-checks rows when submitting", async () => {
    const { payment } = await walletPaidPayment(merchantId, 3_000n);
    const batch = await preview(
      csvSource([
        [payment.orderId, "10", "", ""],
        [payment.orderId, "10", "R-late", ""],
      ]),
    );
    // The refund of row 1 committed, then the process died before the row recorded it.
    await createRefund(db, {
      merchantId,
      orderId: payment.orderId,
      refundId: derivedRefundId(batch.fileSha256, 1),
      amount: 1_000n,
      reason: null,
      source: "batch",
      batchId: batch.id,
    });
    // Meanwhile the API refunded part of the payment: row 2 no longer fits.
    await createRefund(db, {
      merchantId,
      orderId: payment.orderId,
      refundId: `R${randomBytes(4).toString("hex")}`,
      amount: 1_500n,
      source: "api",
    });
    await submit(batch);
    expect((await refundsOf(payment.id)).map((r) => r.amount)).toEqual([1_000n, 1_500n]);
    const rows = (await listRefundBatchRows(db, { batchId: batch.id })).rows;
    expect(rows[0]?.refund?.status).toBe("SUCCEEDED");
    expect(rows[1]).toMatchObject({ verdict: "amount_exceeds_refundable", refundRecordId: null });
    expect(rows[1]?.message).toMatch(/^Refused when submitted/);
    const progress = await getRefundBatch(db, { merchantId, batchId: batch.id });
    expect(progress).toMatchObject({ submitted: 2, toSubmit: 0, percent: 100 });
  });

  it("keeps batches to their merchant and lets only a preview be cancelled", async () => {
    const { payment } = await walletPaidPayment(merchantId, 1_000n);
    const batch = await preview(csvSource([[payment.orderId, "1", "", ""]]));
    expect(await getRefundBatch(db, { merchantId: otherMerchantId, batchId: batch.id })).toBeNull();
    expect(
      await codeOf(
        confirmRefundBatch(db, { merchantId: otherMerchantId, batchId: batch.id, confirmedByUserId: userId }),
      ),
    ).toBe("not_found");
    expect(await codeOf(cancelRefundBatch(db, { merchantId: otherMerchantId, batchId: batch.id }))).toBe(
      "not_found",
    );
    // The other merchant's own upload of this order id is "another merchant's order" for them.
    const theirs = await preview(csvSource([[payment.orderId, "1", "", ""]]), otherMerchantId);
    expect(await verdicts(theirs)).toEqual({ 1: "other_merchant" });
    expect((await cancelRefundBatch(db, { merchantId, batchId: batch.id })).status).toBe("CANCELLED");
    expect(
      await codeOf(confirmRefundBatch(db, { merchantId, batchId: batch.id, confirmedByUserId: userId })),
    ).toBe("conflict");
    expect(await processRefundBatch(db, batch.id)).toEqual({ submitted: 0, done: true });
    expect(await refundsOf(payment.id)).toHaveLength(0);
  });

  it("leaves no batch behind when the file is refused half-way", async () => {
    const before = await db.refundBatch.count();
    const broken = sourceFromBytes("b.csv", Buffer.from(`商户订单号,退款金额\nA1,1\nA2,"2\n`));
    expect(await codeOf(preview(broken))).toBe("invalid_request");
    // Broken after a few chunks, while earlier ones are still being checked and stored.
    const rows = Array.from({ length: 2_500 }, (_, i) => `A${i},1`).join("\n");
    const late = sourceFromBytes("c.csv", Buffer.from(`商户订单号,退款金额\n${rows}\nA,"2\n`));
    expect(await codeOf(preview(late))).toBe("invalid_request");
    expect(await db.refundBatch.count()).toBe(before);
    expect(await db.refundBatchRow.count({ where: { orderId: "A1" } })).toBe(0);
  });
});

describe("refund batch files out", () => {
  const labels: ResultLabels = {
    columns: {
      rowNumber: "Row",
      orderId: "Order",
      amount: "Amount",
      refundId: "Refund id",
      reason: "Reason",
      verdict: "Verdict",
      message: "Message",
      refundStatus: "Refund status",
      refundRecordId: "Refund",
      completedAt: "Completed",
    },
    verdict: (v) => v.toUpperCase(),
    status: (s) => s.toLowerCase(),
  };

  async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }

  it("writes the results with each row's verdict and refund status, as CSV and XLSX", async () => {
    const { payment } = await walletPaidPayment(merchantId, 1_000n);
    const batch = await preview(
      csvSource([
        [payment.orderId, "2.5", "", "=HYPERLINK(1)"],
        ["NOPE-1", "1", "", ""],
      ]),
    );
    await submit(batch);
    const csv = (await bytesOf(refundBatchResults(db, { batch, format: "csv", labels }))).toString("utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Row,Order,Amount,Refund id,Reason,Verdict,Message,Refund status,Refund,Completed");
    expect(lines[1]).toMatch(
      new RegExp(
        `^1,${payment.orderId},2\\.50,B${batch.fileSha256.slice(0, 20)}-1,'=HYPERLINK\\(1\\),OK \\(ok\\),,succeeded,rf_`,
      ),
    );
    expect(lines[2]).toBe("2,NOPE-1,1.00,,,UNKNOWN_ORDER (unknown_order),,,,");

    const xlsx = await bytesOf(refundBatchResults(db, { batch, format: "xlsx", labels }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(2).getCell(5).value).toBe("=HYPERLINK(1)");
    expect(sheet?.getRow(2).getCell(8).value).toBe("succeeded");
    expect(sheet?.getRow(3).getCell(6).value).toBe("UNKNOWN_ORDER (unknown_order)");
  });

  it("makes templates that read back as a header without rows", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const bytes = await bytesOf(refundBatchTemplate(format));
      const source = sourceFromBytes(`template.${format}`, bytes);
      expect(detectFormat(source)).toBe(format);
      expect(await codeOf(collect(readBatchRows(source, format)))).toBe("invalid_request");
      const withRow =
        format === "csv"
          ? sourceFromBytes("t.csv", Buffer.concat([bytes, Buffer.from("A1,1.00\r\n")]))
          : await xlsxSource([["A1", "1.00"]]);
      expect(await collect(readBatchRows(withRow, format))).toHaveLength(1);
    }
  });
});
