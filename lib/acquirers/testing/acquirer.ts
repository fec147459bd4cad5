// Test support: the mock acquirer, clients for it, and what Stripe holds for an attempt.
import type Stripe from "stripe";
import { startStripeMock, type StripeMock } from "@/scripts/services/stripe-mock";
import { CardDetails } from "../card-details";
import { createStripeClient } from "../stripe";
import { startFlakyProxy, type FlakyProxy } from "./flaky-proxy";

export type TestAcquirer = {
  mock: StripeMock;
  proxy: FlakyProxy;
  /** Straight to the mock, with one retry like the app's client. */
  stripe: Stripe;
  /** Through the proxy, without retries of its own (a reset connection is still retried once by the SDK). */
  flaky: Stripe;
  /** Through the proxy, with retries: the SDK replays with the same idempotency key. */
  retrying: Stripe;
  stop: () => Promise<void>;
};

export async function startTestAcquirer(): Promise<TestAcquirer> {
  const mock = await startStripeMock({ port: 0, logLevel: "silent" });
  const proxy = await startFlakyProxy(mock.port);
  const client = (port: number, maxNetworkRetries: number) =>
    createStripeClient({
      secretKey: "sk_test_paylane_tests",
      host: "127.0.0.1",
      port,
      protocol: "http",
      timeoutMs: 5_000,
      maxNetworkRetries,
    });
  return {
    mock,
    proxy,
    stripe: client(mock.port, 1),
    flaky: client(proxy.port, 0),
    retrying: client(proxy.port, 2),
    stop: async () => {
      await proxy.stop();
      await mock.stop();
    },
  };
}

export const TEST_CARD_NAME = "Ada Lovelace";

/** A card as the checkout would parse it, by one of Stripe's test numbers. */
export function testCard(number: string, overrides: { cvc?: string; expYear?: number } = {}): CardDetails {
  return new CardDetails({
    number,
    expMonth: 12,
    expYear: overrides.expYear ?? new Date().getUTCFullYear() + 3,
    cvc: overrides.cvc ?? "737",
    name: TEST_CARD_NAME,
  });
}

/** Every charge Stripe holds for an attempt (declined ones included). */
export async function chargesForAttempt(stripe: Stripe, attemptId: string): Promise<Stripe.Charge[]> {
  const found: Stripe.Charge[] = [];
  for await (const charge of stripe.charges.list({ limit: 100 })) {
    if (charge.metadata?.attemptId === attemptId) found.push(charge);
  }
  return found;
}
