import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payment } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { setClockOffset } from "@/lib/clock";
import { checkLedger } from "@/lib/ledger";
import { formatCny } from "@/lib/money";
import { createTestMerchant } from "@/lib/api/testing/merchant-client";
import { createWalletUser, paidPayment, pendingPayment } from "@/lib/payments/testing";
import { createRefund } from "../create-refund";
import { refundParamsHash } from "../refund-params-hash";
import { refundableAmount, refundRefusal } from "../refund-rules";
import { walletPaidPayment } from "../testing";
import { MAX_CELL_CHARS } from "./batch-limits";
import { checkRowText } from "./check-row-text";
import { createRefundBatchPreview } from "./create-refund-batch-preview";
import { csvSource } from "./testing";

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

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * n);
  };
}

type Stored = {
  verdict: string;
  message: string | null;
  paymentId: string | null;
  refundRecordId: string | null;
};

/**
 * What each row's verdict must be, worked out the plain way: walk the file in order, remembering every
 * row seen and what the rows that fit already ask of each payment.
 */
function walkInOrder(
  rows: string[][],
  facts: {
    payments: Map<string, Payment>;
    refunds: Map<string, { id: string; paramsHash: string }>;
    otherMerchants: Set<string>;
  },
  at: Date,
): Stored[] {
  const seenRows = new Set<string>();
  const seenIds = new Set<string>();
  const claimed = new Map<string, bigint>();
  const none = { message: null, paymentId: null, refundRecordId: null };
  return rows.map(([orderId = "", amountText = "", refundIdText = "", reason = ""], index) => {
    const text = checkRowText({ rowNumber: index + 1, orderId, amountText, refundIdText, reason });
    if (text.verdict || text.amount === null) return { ...none, verdict: text.verdict ?? "amount_invalid" };
    const key = JSON.stringify([orderId, text.amount.toString(), refundIdText]);
    if (seenRows.has(key)) return { ...none, verdict: "duplicate_row" };
    seenRows.add(key);
    if (refundIdText && seenIds.has(refundIdText)) return { ...none, verdict: "duplicate_refund_id" };
    if (refundIdText) seenIds.add(refundIdText);
    const payment = facts.payments.get(orderId);
    if (!payment)
      return { ...none, verdict: facts.otherMerchants.has(orderId) ? "other_merchant" : "unknown_order" };
    const found = { ...none, paymentId: payment.id };
    const existing = facts.refunds.get(refundIdText);
    if (existing) {
      const hash = refundParamsHash({ orderId, amount: text.amount, reason: reason || null });
      return hash === existing.paramsHash
        ? { ...found, verdict: "already_refunded", refundRecordId: existing.id }
        : { ...found, verdict: "refund_id_conflict" };
    }
    const before = claimed.get(payment.id) ?? 0n;
    const asIf = { ...payment, amountRefunded: payment.amountRefunded + before };
    const refusal = refundRefusal(asIf, text.amount, at);
    if (refusal === "payment_not_refundable") return { ...found, verdict: "not_succeeded" };
    if (refusal === "refund_window_expired") return { ...found, verdict: "window_expired" };
    if (refusal === "amount_exceeds_refundable") {
      const earlier = before ? " after the earlier rows of this file" : "";
      const message = `At most ${formatCny(refundableAmount(asIf))} is left to refund${earlier}.`;
      return { ...found, verdict: "amount_exceeds_refundable", message };
    }
    claimed.set(payment.id, before + text.amount);
    return { ...found, verdict: "ok" };
  });
}

async function storedRows(batchId: string): Promise<Stored[]> {
  return db.refundBatchRow.findMany({
    where: { batchId },
    orderBy: { rowNumber: "asc" },
    select: { verdict: true, message: true, paymentId: true, refundRecordId: true },
  });
}

describe("verdicts that depend on the rest of the file", () => {
  it("match a walk through the file in order, across chunks and cursor pages", async () => {
    const a = (await walletPaidPayment(merchantId, 10_000n)).payment;
    const b = await paidPayment(merchantId, { amount: 5_000n });
    const c = await paidPayment(merchantId, { amount: 2_000n });
    const pending = await pendingPayment(merchantId);
    setClockOffset(-91 * DAY);
    const old = (await walletPaidPayment(merchantId, 1_000n)).payment;
    setClockOffset(0);
    const theirs = await pendingPayment(otherMerchantId);
    const asked = `R${randomBytes(4).toString("hex")}`;
    const refund = await createRefund(db, {
      merchantId,
      orderId: a.orderId,
      refundId: asked,
      amount: 300n,
      source: "api",
    });

    const nobody = `NOPE${randomBytes(3).toString("hex")}`;
    const pick = random(20_240_607);
    const orders = [a, a, a, a, b, b, b, c, c, pending, old].map((p) => p.orderId);
    // Mostly distinct amounts (up to ¥30.00), some repeated ones for duplicate rows, some broken.
    const amounts = ["0.01", "0.5", "1", "2.50", "2.5", "12", "abc", "1.005"];
    const amount = () =>
      pick(10) < 7 ? ((1 + pick(3_000)) / 100).toFixed(2) : amounts[pick(amounts.length)];
    const rows = Array.from({ length: 2_600 }, () => {
      const roll = pick(100);
      const orderId =
        roll < 80
          ? orders[pick(orders.length)]
          : roll < 90
            ? `${nobody}-${pick(40)}`
            : roll < 95
              ? theirs.orderId
              : ["", "bad id!"][pick(2)];
      const refundRoll = pick(100);
      const refundId = refundRoll < 75 ? "" : refundRoll < 97 ? `RB-${pick(400)}` : asked;
      return [orderId ?? "", amount() ?? "", refundId, pick(10) ? "" : "r"];
    });
    // The rows the walk relies on, whatever the generator gives: a row that fits after a refused one,
    // the existing refund asked again as it was, and a duplicate of that row.
    rows.splice(0, 0, [c.orderId, "15", "", ""], [c.orderId, "10", "", ""], [c.orderId, "5", "", ""]);
    rows.splice(3, 0, [a.orderId, "3", asked, ""], [a.orderId, "3", asked, ""]);

    const at = new Date();
    const batch = await createRefundBatchPreview(db, {
      merchantId,
      uploadedByUserId: userId,
      source: csvSource(rows),
    });
    const payments = await db.payment.findMany({
      where: { id: { in: [a, b, c, pending, old].map((p) => p.id) } },
    });
    const expected = walkInOrder(
      rows,
      {
        payments: new Map(payments.map((p) => [p.orderId, p])),
        refunds: new Map([[asked, { id: refund.refund.id, paramsHash: refund.refund.paramsHash }]]),
        otherMerchants: new Set([theirs.orderId]),
      },
      at,
    );
    const stored = await storedRows(batch.id);
    expect(stored.slice(0, 5)).toMatchObject([
      { verdict: "ok" },
      {
        verdict: "amount_exceeds_refundable",
        message: "At most ¥5.00 is left to refund after the earlier rows of this file.",
      },
      { verdict: "ok" },
      { verdict: "already_refunded", refundRecordId: refund.refund.id },
      { verdict: "duplicate_row", paymentId: null, refundRecordId: null },
    ]);
    const count = (verdict: string) => stored.filter((row) => row.verdict === verdict).length;
    // The file is one that tests every path: many refusals, some after earlier rows, and rows that fit
    // after a refused one (more than a page of them comes through the cursor).
    expect(count("amount_exceeds_refundable")).toBeGreaterThan(1_000);
    expect(count("duplicate_row")).toBeGreaterThan(100);
    expect(count("duplicate_refund_id")).toBeGreaterThan(100);
    expect(count("other_merchant")).toBeGreaterThan(10);
    expect(stored).toEqual(expected);
    expect(batch.validCount).toBe(count("ok"));
  });

  it("tells another merchant's orders apart however many unknown orders the file has", async () => {
    // More unknown order ids than one scan of the payments takes; the other merchant's come last.
    const nobody = `A${randomBytes(3).toString("hex")}`;
    const unknown = Array.from({ length: 5_010 }, (_, i) => [`${nobody}-${i}`, "1", "", ""]);
    const first = await pendingPayment(otherMerchantId, { orderId: `A-${randomBytes(3).toString("hex")}` });
    const last = await pendingPayment(otherMerchantId, { orderId: `Z-${randomBytes(3).toString("hex")}` });
    const rows = [
      [last.orderId, "1", "", ""],
      ...unknown,
      [first.orderId, "1", "", ""],
      [last.orderId, "1", "", ""],
    ];
    const batch = await createRefundBatchPreview(db, {
      merchantId,
      uploadedByUserId: userId,
      source: csvSource(rows),
    });
    const stored = await storedRows(batch.id);
    expect(stored.filter((row) => row.verdict === "other_merchant").length).toBe(2);
    expect(stored[0]?.verdict).toBe("other_merchant");
    expect(stored.at(-2)?.verdict).toBe("other_merchant");
    expect(stored.at(-1)?.verdict).toBe("duplicate_row");
    expect(stored.filter((row) => row.verdict === "unknown_order").length).toBe(5_010);
  });

  it("stores a cell cut in the middle of a character", async () => {
    const reason = `${"x".repeat(MAX_CELL_CHARS - 1)}😀`;
    const batch = await createRefundBatchPreview(db, {
      merchantId,
      uploadedByUserId: userId,
      source: csvSource([["NOPE-1", "1", "", reason]]),
    });
    const [row] = await db.refundBatchRow.findMany({ where: { batchId: batch.id } });
    expect(row).toMatchObject({
      verdict: "reason_too_long",
      reason: `${"x".repeat(MAX_CELL_CHARS - 1)}\uFFFD`,
    });
  });
});
