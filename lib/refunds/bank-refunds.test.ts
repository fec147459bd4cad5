import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The gateway's public address for this file: the banks post their refund results here.
const GATEWAY_PORT = 46_000 + (process.pid % 1000);
vi.hoisted(() => {
  process.env.APP_URL = `http://127.0.0.1:${46_000 + (process.pid % 1000)}`;
});

const { db } = await import("@/lib/db");
const { randomBytes } = await import("node:crypto");
const { payAtBank } = await import("@/lib/banks/testing/shopper");
const { createTestMerchant } = await import("@/lib/api/testing/merchant-client");
const { pendingPayment } = await import("@/lib/payments/testing");
const { accounts, checkLedger, getBalance } = await import("@/lib/ledger");
const { startBankHarness } = await import("@/lib/bank-gateway/testing");
const { startBankPayment } = await import("@/lib/bank-gateway/start-bank-payment");
const { handleBankReturn } = await import("@/lib/bank-gateway/handle-bank-return");
const { createRefund } = await import("./create-refund");
const { processDueRefunds } = await import("./process-due-refunds");
const { applyRefundAnswer } = await import("./apply-refund-answer");
const { handleRefundNotification } = await import("./handle-refund-notification");

let harness: Awaited<ReturnType<typeof startBankHarness>>;
let merchantId: string;

beforeAll(async () => {
  harness = await startBankHarness(GATEWAY_PORT);
  merchantId = (await createTestMerchant()).merchantId;
});

afterAll(async () => {
  await harness.stop();
  expect((await checkLedger(db)).ok).toBe(true);
});

/** A payment of ¥50.00 paid by card at `bank`, through its real online-banking page. */
async function paidAtBank(bank: string) {
  const p = await pendingPayment(merchantId, { amount: 5_000n });
  const { redirect } = await startBankPayment(db, { checkoutToken: p.checkoutToken, bankCode: bank });
  const outcome = await payAtBank(redirect, "6222020000000001", "123456");
  if (outcome.kind !== "return") throw new Error("expected a return");
  await handleBankReturn(db, bank, outcome.params);
  return db.payment.findUniqueOrThrow({ where: { id: p.id } });
}

const refundOf = (id: string) => db.refund.findUniqueOrThrow({ where: { id } });

describe("refunds of bank-card payments, through each bank's connector", () => {
  it.each(["icmb", "ccmb", "mcmb"])(
    "%s: the bank accepts the refund, pays it back, and its notification completes it once",
    async (bank) => {
      const payment = await paidAtBank(bank);
      const clearing = await getBalance(db, accounts.bankClearing(bank));
      const { refund } = await createRefund(db, {
        merchantId,
        orderId: payment.orderId,
        refundId: `R${randomBytes(6).toString("hex")}`,
        amount: 2_000n,
        source: "api",
      });
      expect(refund.status).toBe("PROCESSING");
      expect(await processDueRefunds()).toBeGreaterThanOrEqual(1);
      await vi.waitFor(
        async () => {
          expect((await refundOf(refund.id)).status).toBe("SUCCEEDED");
        },
        { timeout: 10_000, interval: 100 },
      );
      const done = await refundOf(refund.id);
      expect(done.bankRefundId).toBeTruthy();
      expect(done.completedAt).not.toBeNull();
      expect(await getBalance(db, accounts.bankClearing(bank))).toBe(clearing - 2_000n);
      const kinds = await db.bankMessage.findMany({
        where: { paymentId: payment.id, kind: { startsWith: "refund" } },
        select: { kind: true, verdict: true },
      });
      expect(kinds).toContainEqual({ kind: "refund_answer", verdict: "processing" });
      expect(kinds).toContainEqual({ kind: "refund_notification", verdict: "succeeded" });
      const events = await db.notificationEvent.findMany({ where: { refundId: refund.id } });
      expect(events.map((e) => e.type)).toEqual(["refund.succeeded"]);
    },
  );

  it("a forged refund notification is refused, kept as evidence, and changes nothing", async () => {
    const payment = await paidAtBank("icmb");
    const { refund } = await createRefund(db, {
      merchantId,
      orderId: payment.orderId,
      refundId: `R${randomBytes(6).toString("hex")}`,
      amount: 100n,
      source: "api",
    });
    const ack = await handleRefundNotification(db, "icmb", {
      body: `<RefundNotify><RefundId>${refund.id}</RefundId><Status>SUCCESS</Status></RefundNotify>`,
      contentType: "application/xml",
    });
    expect(ack.status).toBe(400);
    expect((await refundOf(refund.id)).status).toBe("PROCESSING");
    expect(
      await db.bankMessage.count({
        where: { kind: "refund_notification", verified: false, bankCode: "icmb" },
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("a refund the bank cannot pay goes back to the merchant and the payment is refundable again", async () => {
    const payment = await paidAtBank("ccmb");
    const pendingBefore = await getBalance(db, accounts.merchantPending(merchantId));
    const { refund } = await createRefund(db, {
      merchantId,
      orderId: payment.orderId,
      refundId: `R${randomBytes(6).toString("hex")}`,
      amount: 3_000n,
      source: "api",
    });
    expect(await getBalance(db, accounts.merchantPending(merchantId))).toBe(pendingBefore - 3_000n);
    const verdict = await applyRefundAnswer(db, refund.id, {
      kind: "failed",
      bankRefundId: "B1",
      reason: "insufficient_funds",
    });
    expect(verdict).toBe("failed");
    expect(await applyRefundAnswer(db, refund.id, { kind: "failed", bankRefundId: "B1", reason: "x" })).toBe(
      "duplicate",
    );
    expect(await getBalance(db, accounts.merchantPending(merchantId))).toBe(pendingBefore);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountRefunded).toBe(0n);
    expect(await refundOf(refund.id)).toMatchObject({
      status: "FAILED",
      failureReason: "insufficient_funds",
    });
    const events = await db.notificationEvent.findMany({ where: { refundId: refund.id } });
    expect(events.map((e) => e.type)).toEqual(["refund.failed"]);
  });
});
