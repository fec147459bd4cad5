import type { Payment, PaymentStatus, Product } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { methodEnabled } from "@/lib/onboarding/products";

export type CheckoutView = {
  paymentId: string;
  merchantName: string;
  subject: string;
  amount: bigint;
  currency: string;
  payerEmail: string | null;
  returnUrl: string;
  expiresAt: Date;
  /** The ways of paying the merchant was approved for (products). */
  methods: { bankCard: boolean; wallet: boolean; prepaidCard: boolean };
  /** What the checkout page should show: the payment form, or why it cannot be paid. */
  state: "payable" | "succeeded" | "expired" | "closed" | "failed";
};

const STATE: Record<PaymentStatus, CheckoutView["state"]> = {
  PENDING: "payable",
  SUCCEEDED: "succeeded",
  EXPIRED: "expired",
  CLOSED: "closed",
  FAILED: "failed",
};

/**
 * What the hosted checkout needs to show a payment, by the token in its URL (null: no such page). A
 * pending payment past its expiresAt shows as expired at once, whether or not the sweep has run.
 */
export async function getCheckout(db: Db, checkoutToken: string): Promise<CheckoutView | null> {
  // One statement: every shopper's page view reads it.
  const rows = await db.$queryRaw<
    (Pick<
      Payment,
      | "id"
      | "topUpUserId"
      | "status"
      | "expiresAt"
      | "subject"
      | "amount"
      | "currency"
      | "payerEmail"
      | "returnUrl"
    > & { merchantName: string; products: Product[] })[]
  >`
    SELECT p."id", p."topUpUserId", p."status"::text AS "status", p."expiresAt", p."subject", p."amount",
           p."currency", p."payerEmail", p."returnUrl", m."name" AS "merchantName",
           m."products"::text[] AS "products"
      FROM "payments" p JOIN "merchants" m ON m."id" = p."merchantId"
     WHERE p."checkoutToken" = ${checkoutToken}`;
  const payment = rows[0];
  // Top-ups go straight to the bank from the wallet; they have no hosted checkout page.
  if (!payment || payment.topUpUserId) return null;
  const pastTime = payment.status === "PENDING" && now().getTime() >= payment.expiresAt.getTime();
  const state = pastTime ? "expired" : STATE[payment.status];
  return {
    paymentId: payment.id,
    merchantName: payment.merchantName,
    subject: payment.subject,
    amount: payment.amount,
    currency: payment.currency,
    payerEmail: payment.payerEmail,
    returnUrl: payment.returnUrl,
    expiresAt: payment.expiresAt,
    methods: {
      bankCard: methodEnabled(payment.products, "BANK_CARD"),
      wallet: methodEnabled(payment.products, "WALLET"),
      prepaidCard: methodEnabled(payment.products, "PREPAID_CARD"),
    },
    state,
  };
}
