import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accounts, checkLedger, getBalance } from "@/lib/ledger";
import { createTestMerchant, type TestMerchant } from "@/lib/api/testing/merchant-client";
import { pendingPayment } from "@/lib/payments/testing";
import { payByForeignCard } from "@/lib/acquirers/pay-by-foreign-card";
import { startTestAcquirer, testCard, type TestAcquirer } from "@/lib/acquirers/testing/acquirer";
import { createRefund } from "./create-refund";
import { processDueRefunds } from "./process-due-refunds";

let merchant: TestMerchant;
let acquirer: TestAcquirer;

beforeAll(async () => {
  merchant = await createTestMerchant();
  acquirer = await startTestAcquirer();
  // The refund job uses the app's Stripe client: point it at this file's mock acquirer.
  (globalThis as { paylaneStripe?: unknown }).paylaneStripe = acquirer.stripe;
});

afterAll(async () => {
  (globalThis as { paylaneStripe?: unknown }).paylaneStripe = undefined;
  await acquirer.stop();
  expect((await checkLedger(db)).ok).toBe(true);
});

describe("refunds of foreign-card payments, through the acquirer", () => {
  it("goes back to the card through Stripe's Refunds API, once, and completes the refund", async () => {
    const payment = await pendingPayment(merchant.merchantId, { amount: 5_000n });
    const paid = await payByForeignCard(
      db,
      {
        checkoutToken: payment.checkoutToken,
        card: testCard("4242424242424242"),
        client: `r-${randomBytes(4).toString("hex")}`,
      },
      acquirer.stripe,
    );
    expect(paid.status).toBe("paid");
    const clearing = await getBalance(db, accounts.bankClearing("stripe"));
    const { refund } = await createRefund(db, {
      merchantId: merchant.merchantId,
      orderId: payment.orderId,
      refundId: `R${randomBytes(5).toString("hex")}`,
      amount: 2_000n,
      source: "api",
    });
    expect(refund).toMatchObject({ route: "ACQUIRER", bankCode: "stripe", status: "PROCESSING" });
    await processDueRefunds();
    const done = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(done.status).toBe("SUCCEEDED");
    expect(done.bankRefundId).toMatch(/^re_/);
    expect(await getBalance(db, accounts.bankClearing("stripe"))).toBe(clearing - 2_000n);
    const attempt = await db.paymentAttempt.findFirstOrThrow({
      where: { paymentId: payment.id, status: "APPROVED" },
    });
    const refunds = await acquirer.stripe.refunds.list({ charge: attempt.bankTxnId ?? "" });
    expect(refunds.data.map((r) => r.amount)).toEqual([2_000]);
  });
});
