// Every error code of the merchant API (shared/spec/merchant-api.md), its HTTP status and when it happens.
import type { Bi } from "./lang";
import { C } from "./primitives";

export const ERRORS = {
  invalid_request: {
    status: 400,
    en: (
      <>
        Malformed JSON, or a missing or invalid field; <C>field</C> names it.
      </>
    ),
    zh: (
      <>
        JSON 格式错误，或字段缺失、不合法；<C>field</C> 指出是哪个字段。
      </>
    ),
  },
  signature_invalid: {
    status: 401,
    en: (
      <>
        Missing or wrong <C>Authorization</C>, unknown merchant or key (or a revoked key).
      </>
    ),
    zh: (
      <>
        <C>Authorization</C> 缺失或错误，商户或密钥不存在（或密钥已吊销）。
      </>
    ),
  },
  timestamp_out_of_range: {
    status: 401,
    en: "The signed timestamp is more than 300 s from the gateway's clock.",
    zh: "签名中的时间戳与网关时钟相差超过 300 秒。",
  },
  nonce_reused: {
    status: 401,
    en: "The nonce was already used by this merchant within the last 15 minutes.",
    zh: "该商户在最近 15 分钟内已用过这个随机串。",
  },
  merchant_not_active: {
    status: 403,
    en: "The merchant is not approved, or the product is not enabled.",
    zh: "商户未通过审核，或未开通该产品。",
  },
  not_found: {
    status: 404,
    en: "No such order or refund for this merchant (another merchant's objects are not found either).",
    zh: "该商户没有这个订单或退款（其他商户的订单同样视为不存在）。",
  },
  order_conflict: {
    status: 409,
    en: (
      <>
        The <C>orderId</C> (or <C>refundId</C>) exists with different parameters; or the payment to close has
        already succeeded.
      </>
    ),
    zh: (
      <>
        该 <C>orderId</C>（或 <C>refundId</C>）已存在但参数不同；或要关闭的支付已经成功。
      </>
    ),
  },
  payment_not_refundable: {
    status: 422,
    en: "The payment has not succeeded.",
    zh: "该支付尚未成功。",
  },
  refund_window_expired: {
    status: 422,
    en: "More than 90 days (90 × 24 hours) have passed since the payment succeeded.",
    zh: "距支付成功已超过 90 天（90 × 24 小时）。",
  },
  amount_exceeds_refundable: {
    status: 422,
    en: "The refund is larger than what is left to refund.",
    zh: "退款金额超过剩余可退金额。",
  },
  merchant_balance_insufficient: {
    status: 422,
    en: "The merchant's balances (pending and available together) cannot cover the refund.",
    zh: "商户余额（待结算与可用合计）不足以支付该退款。",
  },
  rate_limited: {
    status: 429,
    en: (
      <>
        More requests than the merchant&apos;s limit (default 60 per second); <C>Retry-After</C> says in how
        many seconds to try again.
      </>
    ),
    zh: (
      <>
        请求数超过商户的限额（默认每秒 60 个）；<C>Retry-After</C> 给出多少秒后再试。
      </>
    ),
  },
  internal_error: {
    status: 500,
    en: "The gateway failed; nothing was changed, retrying is safe.",
    zh: "网关内部错误；没有任何改动，可以安全重试。",
  },
} as const satisfies Record<string, Bi & { status: number }>;

export type ErrorCode = keyof typeof ERRORS;

export const ERROR_CODES = Object.keys(ERRORS).filter((code): code is ErrorCode => code in ERRORS);

/** Errors any signed endpoint can answer, on top of its own. */
export const COMMON_ERRORS: readonly ErrorCode[] = [
  "signature_invalid",
  "timestamp_out_of_range",
  "nonce_reused",
  "merchant_not_active",
  "rate_limited",
  "internal_error",
];
