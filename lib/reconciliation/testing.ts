// Test support for reconciliation: real payments and refunds at the in-process mock banks (see
// lib/bank-gateway/testing.ts), and the banks' test endpoint that makes their settlement files lie.
import { randomBytes } from "node:crypto";
import { expect, vi } from "vitest";
import { db } from "@/lib/db";
import { payAtBank } from "@/lib/banks/testing/shopper";
import { pendingPayment } from "@/lib/payments/testing";
import { startBankPayment } from "@/lib/bank-gateway/start-bank-payment";
import { handleBankReturn } from "@/lib/bank-gateway/handle-bank-return";
import { createRefund } from "@/lib/refunds/create-refund";
import { processDueRefunds } from "@/lib/refunds/process-due-refunds";

/** A payment paid by card at `bank` through its real online-banking page; returns its attempt id. */
export async function paidAtBank(merchantId: string, bank: string, amount: bigint) {
  const p = await pendingPayment(merchantId, { amount });
  const { attemptId, redirect } = await startBankPayment(db, {
    checkoutToken: p.checkoutToken,
    bankCode: bank,
  });
  const outcome = await payAtBank(redirect, "6222020000000001", "123456");
  if (outcome.kind !== "return") throw new Error("expected a return");
  await handleBankReturn(db, bank, outcome.params);
  const payment = await db.payment.findUniqueOrThrow({ where: { id: p.id } });
  expect(payment.status).toBe("SUCCEEDED");
  return { attemptId, orderId: payment.orderId, paymentId: payment.id };
}

/** A payment sent to `bank` that the shopper never paid there: its attempt stays pending. */
export async function unpaidAtBank(merchantId: string, bank: string, amount: bigint) {
  const p = await pendingPayment(merchantId, { amount });
  const { attemptId } = await startBankPayment(db, { checkoutToken: p.checkoutToken, bankCode: bank });
  return { attemptId, paymentId: p.id };
}

/** A refund of `amount` of the order, sent to its bank and confirmed; returns the refund's id. */
export async function refundedAtBank(merchantId: string, orderId: string, amount: bigint) {
  const { refund } = await createRefund(db, {
    merchantId,
    orderId,
    refundId: `R${randomBytes(6).toString("hex")}`,
    amount,
    source: "api",
  });
  await processDueRefunds();
  await vi.waitFor(
    async () => {
      const done = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
      expect(done.status).toBe("SUCCEEDED");
    },
    { timeout: 10_000, interval: 100 },
  );
  return refund.id;
}

export type SettlementFault =
  | { kind: "drop_line"; reference: string }
  | { kind: "add_line"; reference: string; type: "payment" | "refund"; amount: string }
  | { kind: "flip_status"; reference: string }
  | { kind: "change_amount"; reference: string; amount: string }
  | { kind: "change_fee"; reference: string; fee: string };

/** Tells the mock bank at `bankUrl` which mistakes to make in its file for `date` ([] = none). */
export async function injectSettlementFaults(bankUrl: string, date: string, faults: SettlementFault[]) {
  const response = await fetch(`${bankUrl}/test/settlement-faults`, {
    method: "POST",
    body: JSON.stringify({ date, faults }),
  });
  expect(response.status).toBe(200);
}
