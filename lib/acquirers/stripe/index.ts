// The Stripe connector: the foreign-card acquirer behind the checkout's "International card" method.
// Charges and Refunds through the official SDK; card data goes to Stripe's Tokens API and nowhere else.
export { STRIPE_BANK_CODE, createStripeClient, stripeClient, type StripeClientConfig } from "./client";
export { tokenizeCard, type CardToken, type TokenizeResult } from "./tokenize-card";
export { createCharge, chargeIdempotencyKey, chargeParams, type ChargeRequest } from "./create-charge";
export { retrieveCharge } from "./retrieve-charge";
export {
  refundCharge,
  retrieveRefund,
  refundIdempotencyKey,
  type RefundOutcome,
  type RefundRequest,
} from "./refund-charge";
export type { ChargeOutcome, DeclineCategory, Summary } from "./charge-outcome";
