import { randomBytes } from "node:crypto";
import type { BankConnector, PaymentRedirectInput, PaymentResult } from "../types";
import type { Harness } from "./harness";
import { payAtBank, type ShopperOutcome } from "./shopper";

export const APPROVED = "6222020000000001";
export const INSUFFICIENT = "6222020000000002";
export const LOST = "6222020000000003";
export const SLOW = "6222020000000004";
export const PASSWORD = "123456";

export function newAttemptId(): string {
  return `att_${randomBytes(8).toString("hex")}`;
}

export function paymentInput(
  harness: Harness,
  overrides: Partial<PaymentRedirectInput> = {},
): PaymentRedirectInput {
  const attemptId = overrides.attemptId ?? newAttemptId();
  return {
    attemptId,
    amount: 1999n,
    currency: "CNY",
    merchantName: "蓝杯商店 Blue Mug & Co.",
    subject: "Blue mug <蓝色杯子>",
    returnUrl: `${harness.inbox.url}/return?attempt=${attemptId}`,
    notifyUrl: `${harness.inbox.url}/notify/${attemptId}`,
    expiresAt: new Date(Date.now() + 3_600_000),
    ...overrides,
  };
}

/** Shopper pays; returns what the shopper's browser brought back and the parsed return. */
export async function pay(
  connector: BankConnector,
  input: PaymentRedirectInput,
  card: string,
  password = PASSWORD,
): Promise<{ outcome: ShopperOutcome; result?: PaymentResult }> {
  const outcome = await payAtBank(await connector.buildPaymentRedirect(input), card, password);
  if (outcome.kind === "stays") return { outcome };
  return { outcome, result: await connector.parseReturn(outcome.params) };
}

export function approved(result: PaymentResult | undefined): Extract<PaymentResult, { status: "approved" }> {
  if (result?.status !== "approved")
    throw new Error(`expected an approval, got ${result?.status ?? "nothing"}`);
  return result;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
