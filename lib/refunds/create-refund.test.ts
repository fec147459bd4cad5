import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { advanceClock, setClockOffset } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import {
  accounts,
  checkLedger,
  credit,
  debit,
  getBalance,
  postEntryStandalone,
  type AccountSpec,
} from "@/lib/ledger";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { paidPayment, pendingPayment } from "@/lib/payments/testing";
import { payWithPrepaidCard } from "@/lib/payments";
import { issuePrepaidCard } from "@/lib/prepaid/issue-card";
import { createRefund, type CreateRefundInput } from "./create-refund";
import { REFUND_WINDOW_MS } from "./refund-rules";
import { walletPaidPayment } from "./testing";

let merchant: TestMerchant;

beforeAll(async () => {
  merchant = await createTestMerchant();
});

afterAll(async () => {
  setClockOffset(0);
  expect((await checkLedger(db)).ok).toBe(true);
});

const refundId = () => `R${randomBytes(6).toString("hex")}`;

function refund(orderId: string, amount: bigint, overrides: Partial<CreateRefundInput> = {}) {
  return createRefund(db, {
    merchantId: merchant.merchantId,
    orderId,
    refundId: refundId(),
    amount,
    source: "api",
    ...overrides,
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return `${error.code}${error.field ? `:${error.field}` : ""}`;
    throw error;
  }
  return "ok";
}

/** Moves money between two accounts, as settlement or a withdrawal would. */
async function move(from: AccountSpec, to: AccountSpec, amount: bigint) {
  await postEntryStandalone(db, {
    eventType: "test.move",
    eventId: randomBytes(8).toString("hex"),
    description: "test move",
    lines: [debit(from, amount), credit(to, amount)],
  });
}

async function merchantBalances(merchantId: string) {
  return {
    pending: await getBalance(db, accounts.merchantPending(merchantId)),
    available: await getBalance(db, accounts.merchantAvailable(merchantId)),
  };
}

describe("createRefund: wallet payments", () => {
  it("gives the money back to the payer's wallet at once and tells the merchant", async () => {
    const { payment, payerId } = await walletPaidPayment(merchant.merchantId, 10_000n);
    const before = await merchantBalances(merchant.merchantId);
    const { refund: r, created } = await refund(payment.orderId, 2_500n, { reason: "damaged" });
    expect(created).toBe(true);
    expect(r).toMatchObject({ status: "SUCCEEDED", route: "WALLET", amount: 2_500n, reason: "damaged" });
    expect(r.completedAt).not.toBeNull();
    expect(await getBalance(db, accounts.wallet(payerId))).toBe(2_500n);
    const after = await merchantBalances(merchant.merchantId);
    expect(before.pending - after.pending).toBe(2_500n);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountRefunded).toBe(2_500n);
    const events = await db.notificationEvent.findMany({ where: { refundId: r.id } });
    expect(events.map((e) => e.type)).toEqual(["refund.succeeded"]);
    expect(events[0]?.payload).toMatchObject({
      type: "refund.succeeded",
      data: { id: r.id, refundId: r.refundId, orderId: payment.orderId, amount: 2500, status: "succeeded" },
    });
  });

  it("is idempotent on refundId: same parameters replay, others conflict, nothing moves twice", async () => {
    const { payment, payerId } = await walletPaidPayment(merchant.merchantId, 5_000n);
    const id = refundId();
    const first = await refund(payment.orderId, 1_000n, { refundId: id });
    const again = await refund(payment.orderId, 1_000n, { refundId: id });
    expect(again).toEqual({ refund: first.refund, created: false });
    expect(await codeOf(refund(payment.orderId, 1_001n, { refundId: id }))).toBe("order_conflict:refundId");
    expect(await getBalance(db, accounts.wallet(payerId))).toBe(1_000n);
  });

  it("concurrent duplicates of one refundId create one refund", async () => {
    const { payment, payerId } = await walletPaidPayment(merchant.merchantId, 5_000n);
    const id = refundId();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => refund(payment.orderId, 700n, { refundId: id })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.refund.id)).size).toBe(1);
    expect(await getBalance(db, accounts.wallet(payerId))).toBe(700n);
  });

  it("concurrent refunds never exceed the payment: exactly the ones that fit succeed", async () => {
    const { payment } = await walletPaidPayment(merchant.merchantId, 10_000n);
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => codeOf(refund(payment.orderId, 1_500n))),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(6);
    expect(outcomes.filter((o) => o === "amount_exceeds_refundable:amount")).toHaveLength(6);
    const paid = await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    expect(paid.amountRefunded).toBe(9_000n);
    const total = await db.refund.aggregate({ where: { paymentId: payment.id }, _sum: { amount: true } });
    expect(total._sum.amount).toBe(9_000n);
  });
});

describe("createRefund: refusals change nothing", () => {
  it("names the reason and the field", async () => {
    const { payment } = await walletPaidPayment(merchant.merchantId, 1_000n);
    const pending = await pendingPayment(merchant.merchantId);
    expect(await codeOf(refund("NO-SUCH-ORDER", 1n))).toBe("not_found:orderId");
    expect(await codeOf(refund(pending.orderId, 1n))).toBe("payment_not_refundable:orderId");
    expect(await codeOf(refund(payment.orderId, 1_001n))).toBe("amount_exceeds_refundable:amount");
    expect(await codeOf(refund(payment.orderId, 0n))).toBe("invalid_request:amount");
    expect(await codeOf(refund(payment.orderId, 1n, { refundId: "bad id!" }))).toBe(
      "invalid_request:refundId",
    );
    expect(await db.refund.count({ where: { paymentId: { in: [payment.id, pending.id] } } })).toBe(0);
  });

  it("another merchant's order is not found", async () => {
    const other = await createTestMerchant();
    const { payment } = await walletPaidPayment(other.merchantId, 1_000n);
    expect(await codeOf(refund(payment.orderId, 100n))).toBe("not_found:orderId");
  });

  it("refunds within 90 × 24 hours of payment and refuses afterwards", async () => {
    const { payment } = await walletPaidPayment(merchant.merchantId, 1_000n);
    const windowEnd = payment.paidAt!.getTime() + REFUND_WINDOW_MS;
    // The clock runs while the test does, so stand a second either side of the edge.
    setClockOffset(windowEnd - 1_000 - Date.now());
    expect(await codeOf(refund(payment.orderId, 100n))).toBe("ok");
    advanceClock(2_000);
    expect(await codeOf(refund(payment.orderId, 100n))).toBe("refund_window_expired:orderId");
    setClockOffset(0);
  });

  it("refuses when the merchant's pending and available balances cannot cover it", async () => {
    const poor = await createTestMerchant();
    const { payment } = await walletPaidPayment(poor.merchantId, 10_000n);
    const pendingBalance = await getBalance(db, accounts.merchantPending(poor.merchantId));
    // The merchant's takings leave (as a withdrawal would), all but 100 fen.
    await move(accounts.merchantPending(poor.merchantId), accounts.demoFunding(), pendingBalance - 100n);
    const attempt = createRefund(db, {
      merchantId: poor.merchantId,
      orderId: payment.orderId,
      refundId: refundId(),
      amount: 101n,
      source: "api",
    });
    expect(await codeOf(attempt)).toBe("merchant_balance_insufficient:amount");
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountRefunded).toBe(0n);
  });

  it("takes pending first, then available", async () => {
    const rich = await createTestMerchant();
    const { payment } = await walletPaidPayment(rich.merchantId, 10_000n);
    const pendingBalance = await getBalance(db, accounts.merchantPending(rich.merchantId));
    // Settle all but 1,000 fen to available.
    await move(
      accounts.merchantPending(rich.merchantId),
      accounts.merchantAvailable(rich.merchantId),
      pendingBalance - 1_000n,
    );
    const { refund: r } = await createRefund(db, {
      merchantId: rich.merchantId,
      orderId: payment.orderId,
      refundId: refundId(),
      amount: 3_000n,
      source: "dashboard",
    });
    expect(r).toMatchObject({ fromPending: 1_000n, fromAvailable: 2_000n });
    expect(await merchantBalances(rich.merchantId)).toEqual({
      pending: 0n,
      available: pendingBalance - 3_000n,
    });
  });
});

describe("createRefund: prepaid-card payments", () => {
  it("puts the money back on the card at once", async () => {
    const number = `9${Date.now().toString().padStart(15, "0").slice(-15)}`;
    const { cardId } = await issuePrepaidCard(db, {
      number,
      pin: "123456",
      amount: 10_000n,
      fundedFrom: accounts.demoFunding(),
    });
    const pending = await pendingPayment(merchant.merchantId, { amount: 4_000n });
    const paid = await payWithPrepaidCard(db, { payment: { id: pending.id }, cardId });
    expect(paid.status).toBe("succeeded");
    expect(await getBalance(db, accounts.prepaidCard(cardId))).toBe(6_000n);
    const { refund: r } = await refund(pending.orderId, 1_500n);
    expect(r).toMatchObject({ status: "SUCCEEDED", route: "PREPAID_CARD" });
    expect(await getBalance(db, accounts.prepaidCard(cardId))).toBe(7_500n);
  });
});

describe("createRefund: bank-card payments", () => {
  it("holds the money in transit and leaves the refund processing for the bank", async () => {
    const payment = await paidPayment(merchant.merchantId, { amount: 4_000n });
    const inTransit = await getBalance(db, accounts.refundsInTransit());
    const { refund: r } = await refund(payment.orderId, 4_000n);
    expect(r).toMatchObject({ status: "PROCESSING", route: "BANK", bankCode: payment.bankCode });
    expect(r.nextQueryAt).not.toBeNull();
    expect(await getBalance(db, accounts.refundsInTransit())).toBe(inTransit + 4_000n);
    expect(await db.job.count({ where: { dedupeKey: `refund:${r.id}:1` } })).toBe(1);
    expect(await db.notificationEvent.count({ where: { refundId: r.id } })).toBe(0);
  });
});
