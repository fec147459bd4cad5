import type { Payment } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { PaymentRedirect } from "@/lib/banks";
import { AppError } from "@/lib/errors";
import { recordBankMessage, startAttempt } from "@/lib/payments";
import { bankRegistry } from "./registry";
import { bankNotifyUrl, bankReturnUrl } from "./urls";
import { enabledBanks } from "./enabled-banks";

export type StartBankPaymentInput = { checkoutToken: string; bankCode: string; payerEmail?: string | null };

/**
 * The shopper chose a bank: opens an attempt (committed first, so the background query knows about it
 * even if the shopper never comes back) and builds the signed redirect to the bank's own page.
 */
export async function startBankPayment(
  db: Db,
  input: StartBankPaymentInput,
): Promise<{ attemptId: string; redirect: PaymentRedirect }> {
  const banks = await enabledBanks(db);
  if (!banks.some((bank) => bank.code === input.bankCode)) {
    throw new AppError("invalid_request", "This bank is not available.", "bankCode");
  }
  const { payment, attempt } = await db.$transaction((tx) =>
    startAttempt(tx, {
      payment: { checkoutToken: input.checkoutToken },
      method: "BANK_CARD",
      bankCode: input.bankCode,
      payerRef: input.payerEmail ?? null,
    }),
  );
  const redirect = await buildBankRedirect(payment, attempt.id, input.bankCode);
  await recordBankMessage(db, {
    bankCode: input.bankCode,
    direction: "OUT",
    kind: "payment_request",
    body: redirect.method === "GET" ? redirect.url : `${redirect.url}\n${JSON.stringify(redirect.fields)}`,
    verified: true,
    attemptId: attempt.id,
    paymentId: payment.id,
  });
  return { attemptId: attempt.id, redirect };
}

export type BankRedirectPayment = Pick<Payment, "amount" | "currency" | "subject" | "expiresAt"> & {
  merchantName: string;
};

/** The signed request that takes the shopper to the bank for `attemptId` (rebuilt for POST banks' page). */
export function buildBankRedirect(
  payment: BankRedirectPayment,
  attemptId: string,
  bankCode: string,
): Promise<PaymentRedirect> {
  return bankRegistry()
    .connector(bankCode)
    .buildPaymentRedirect({
      attemptId,
      amount: payment.amount,
      currency: payment.currency,
      merchantName: payment.merchantName,
      subject: payment.subject,
      returnUrl: bankReturnUrl(bankCode),
      notifyUrl: bankNotifyUrl(bankCode),
      expiresAt: payment.expiresAt,
    });
}
