// The payments module's public verbs: other modules import from "@/lib/payments" and never write its
// tables (payments, payment_attempts, bank_messages) themselves.
export { createPayment, type CreatePaymentInput, type CreatePaymentResult } from "./create-payment";
export { getPayment } from "./get-payment";
export { createTopUp, TOP_UP_MERCHANT_ID } from "./create-top-up";
export {
  listPayments,
  getPaymentTimeline,
  type ListedPaymentStatus,
  type PaymentListFilter,
  type PaymentPage,
} from "./list-payments";
export { closePayment } from "./close-payment";
export { failPayment } from "./fail-payment";
export { getCheckout, type CheckoutView } from "./get-checkout";
export { startAttempt, FIRST_QUERY_AFTER_MS, type StartAttemptInput } from "./start-attempt";
export {
  recordAttemptResult,
  completeAttempt,
  type AttemptResult,
  type AttemptResultInput,
  type AttemptResultKind,
} from "./record-attempt-result";
export { payWithWallet, type PayWithWalletInput, type PayWithWalletResult } from "./pay-with-wallet";
export { payWithPrepaidCard } from "./pay-with-prepaid-card";
export { claimAttemptsDueForQuery } from "./attempt-queries";
export { lockPaymentForRefund, changeRefundedAmount, type RefundablePayment } from "./refund-support";
export { reversePayment, isReversed, type ReversePaymentInput } from "./reverse-payment";
export { recordBankMessage, type BankMessageInput } from "./record-bank-message";
export { maskCardNumber, redactSecrets } from "./redact";
export { expireDuePayments, expireJobHandler, EXPIRE_JOB } from "./expire-payments";
export { serializePayment, checkoutUrlFor, type PaymentObject } from "./serialize-payment";
export { canTransition, isFinal } from "./payment-state";
export * as paymentRules from "./payment-rules";
