// Test support for the payments module: payments in a given state without going through HTTP.
import { randomBytes } from "node:crypto";
import type { Payment } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createPayment, type CreatePaymentInput } from "./create-payment";
import { completeAttempt } from "./record-attempt-result";
import { startAttempt } from "./start-attempt";

export function paymentInput(overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput {
  return {
    orderId: `T${randomBytes(6).toString("hex")}`,
    amount: 10_000n,
    currency: "CNY",
    subject: "Blue mug",
    notifyUrl: "https://shop.example/paylane/notify",
    returnUrl: "https://shop.example/orders/1",
    payerEmail: null,
    expiresAt: null,
    metadata: {},
    ...overrides,
  };
}

export async function pendingPayment(
  merchantId: string,
  overrides: Partial<CreatePaymentInput> = {},
): Promise<Payment> {
  const { payment } = await createPayment(db, { id: merchantId, status: "ACTIVE" }, paymentInput(overrides));
  return payment;
}

/** A bank code no other test uses, so its clearing account's balance is this test's alone. */
export function testBankCode(): string {
  return `TB${randomBytes(4).toString("hex").toUpperCase()}`;
}

export async function bankAttempt(payment: Payment, bankCode = testBankCode()) {
  const { attempt } = await db.$transaction((tx) =>
    startAttempt(tx, {
      payment: { id: payment.id },
      method: "BANK_CARD",
      bankCode,
      payerRef: "622202******0001",
    }),
  );
  return attempt;
}

/** A payment paid by bank card, through the same verbs a bank connector uses. */
export async function paidPayment(
  merchantId: string,
  overrides: Partial<CreatePaymentInput> = {},
): Promise<Payment> {
  const payment = await pendingPayment(merchantId, overrides);
  const attempt = await bankAttempt(payment);
  const result = await completeAttempt(db, {
    attemptId: attempt.id,
    outcome: "approved",
    bankTxnId: newId("txn"),
    amount: payment.amount,
  });
  if (!result.payment) throw new Error("payment vanished");
  return result.payment;
}

export async function createWalletUser(): Promise<string> {
  const id = newId("usr");
  await db.user.create({ data: { id, email: `${id}@example.com`, name: "Payer" } });
  return id;
}
