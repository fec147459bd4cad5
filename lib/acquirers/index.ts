// Card acquirers: international (foreign) cards, charged through Stripe. The checkout calls
// parseCardInput and payByForeignCard; the background bank query calls queryForeignCardAttempt for
// attempts whose bankCode is STRIPE_BANK_CODE; refunds of such payments use refundCharge.
export { parseCardInput, luhnValid, type CardInput, type CardField, type CardFieldError } from "./card-input";
export { CardDetails } from "./card-details";
export { payByForeignCard, type PayByForeignCardInput, type ForeignCardResult } from "./pay-by-foreign-card";
export { queryForeignCardAttempt, type ForeignCardQueryResult } from "./query-foreign-card-attempt";
export type { ForeignCardError } from "./foreign-card-result";
export { STRIPE_BANK_CODE, refundCharge, retrieveRefund, retrieveCharge, stripeClient } from "./stripe";
