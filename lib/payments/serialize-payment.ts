import type { Payment, PaymentMethod, PaymentStatus } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/** The merchant API's payment object (shared/spec/merchant-api.md, "Payment object"), as JSON values. */
export type PaymentObject = {
  id: string;
  orderId: string;
  amount: number;
  currency: string;
  subject: string;
  status: "pending" | "succeeded" | "failed" | "expired" | "closed";
  checkoutUrl: string;
  method: "bank_card" | "wallet" | "prepaid_card" | null;
  bank: string | null;
  amountRefunded: number;
  fee: number;
  createdAt: string;
  expiresAt: string;
  paidAt: string | null;
  metadata: Record<string, string>;
};

const STATUS: Record<PaymentStatus, PaymentObject["status"]> = {
  PENDING: "pending",
  SUCCEEDED: "succeeded",
  FAILED: "failed",
  EXPIRED: "expired",
  CLOSED: "closed",
};

const METHOD: Record<PaymentMethod, NonNullable<PaymentObject["method"]>> = {
  BANK_CARD: "bank_card",
  WALLET: "wallet",
  PREPAID_CARD: "prepaid_card",
};

export function checkoutUrlFor(checkoutToken: string): string {
  return `${env.APP_URL.replace(/\/+$/, "")}/pay/${checkoutToken}`;
}

/**
 * Amounts leave as JSON integers: they are at most 10^11 fen (the API's limit), far inside the range a
 * double holds exactly, so Number() loses nothing.
 */
export function toJsonInteger(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`amount ${value} does not fit a JSON integer`);
  }
  return Number(value);
}

function metadataOf(value: Payment["metadata"]): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, entry] of Object.entries(value)) if (typeof entry === "string") out[key] = entry;
  }
  return out;
}

export function serializePayment(payment: Payment): PaymentObject {
  return {
    id: payment.id,
    orderId: payment.orderId,
    amount: toJsonInteger(payment.amount),
    currency: payment.currency,
    subject: payment.subject,
    status: STATUS[payment.status],
    checkoutUrl: checkoutUrlFor(payment.checkoutToken),
    method: payment.method ? METHOD[payment.method] : null,
    // `bank` names the bank of bank-card payments only (spec); prepaid issuers and wallets have none.
    bank: payment.method === "BANK_CARD" ? payment.bankCode : null,
    amountRefunded: toJsonInteger(payment.amountRefunded),
    fee: toJsonInteger(payment.fee),
    createdAt: payment.createdAt.toISOString(),
    expiresAt: payment.expiresAt.toISOString(),
    paidAt: payment.paidAt ? payment.paidAt.toISOString() : null,
    metadata: metadataOf(payment.metadata),
  };
}
