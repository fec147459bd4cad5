import Stripe from "stripe";
import { env } from "@/lib/env";

/** The acquirer's code: payments by foreign card show `bank: "stripe"`, its clearing account is bank_clearing:stripe. */
export const STRIPE_BANK_CODE = "stripe";

export type StripeClientConfig = {
  secretKey: string;
  host: string;
  port: number;
  protocol: "http" | "https";
  /** Per request; a checkout must not hang for Stripe's default of 80 s. */
  timeoutMs?: number;
  /** Retries of connection errors, 409 and 5xx, always with the request's own idempotency key. */
  maxNetworkRetries?: number;
};

// 10 s per try and one retry keep the shopper's wait near 20 s in the worst case; an answer still
// missing then is found by the background query (query-foreign-card-attempt.ts).
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 1;

export function createStripeClient(config: StripeClientConfig): Stripe {
  return new Stripe(config.secretKey, {
    host: config.host,
    port: config.port,
    protocol: config.protocol,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxNetworkRetries: config.maxNetworkRetries ?? DEFAULT_RETRIES,
    // No usage reports to Stripe from a gateway that may run offline.
    telemetry: false,
    appInfo: { name: "Paylane" },
  });
}

const globalForStripe = globalThis as unknown as { paylaneStripe?: Stripe };

/** The app's Stripe client, configured by STRIPE_SECRET_KEY and STRIPE_API_HOST/PORT/PROTOCOL. */
export function stripeClient(): Stripe {
  globalForStripe.paylaneStripe ??= createStripeClient({
    secretKey: env.STRIPE_SECRET_KEY,
    host: env.STRIPE_API_HOST,
    port: env.STRIPE_API_PORT,
    protocol: env.STRIPE_API_PROTOCOL,
  });
  return globalForStripe.paylaneStripe;
}
