import { ErrorList } from "../error-list";
import { CURL_CLOSE_PAYMENT, CURL_CREATE_PAYMENT, CURL_GET_PAYMENT } from "../examples/curl";
import { FieldTable, Statuses, type Field } from "../fields";
import type { Lang } from "../lang";
import {
  EMAIL_MAX_LENGTH,
  MAX_EXPIRY_MS,
  METADATA_KEY_MAX_CHARS,
  METADATA_VALUE_MAX_CHARS,
  URL_MAX_LENGTH,
} from "@/lib/payments/payment-rules";
import { C, Chapter, Code, H4, P, Section } from "../primitives";
import { paymentJson } from "./payment-json";
import { PaymentObject } from "./payment-object";

const REQUEST = `{"orderId": "A1001", "amount": 1999, "currency": "CNY", "subject": "Blue mug",
 "notifyUrl": "https://shop.example/paylane/notify", "returnUrl": "https://shop.example/orders/A1001",
 "payerEmail": "buyer@example.com", "expiresAt": "2026-11-22T10:00:00.000Z", "metadata": {"cart": "77"}}`;

// Limits beyond the spec's come from the rules the gateway validates with, so they cannot drift apart.
const EXPIRY_DAYS = MAX_EXPIRY_MS / 86_400_000;

const FIELDS: Field[] = [
  {
    name: "orderId",
    type: "string",
    required: true,
    en: "Your order number: 1–64 characters of A–Z a–z 0–9 _ -, unique among your payments.",
    zh: "商户订单号：1–64 个 A–Z a–z 0–9 _ - 字符，在商户的支付中唯一。",
  },
  {
    name: "amount",
    type: "integer",
    required: true,
    en: "In fen, from 1 to 100000000000.",
    zh: "以分计，1 到 100000000000。",
  },
  {
    name: "currency",
    type: "string",
    en: "ISO 4217 code; default CNY.",
    zh: "ISO 4217 代码；默认 CNY。",
  },
  {
    name: "subject",
    type: "string",
    required: true,
    en: "What is bought, shown at checkout: 1–128 characters.",
    zh: "商品描述，显示在收银台：1–128 个字符。",
  },
  {
    name: "notifyUrl",
    type: "string",
    required: true,
    en: `Absolute http or https URL (at most ${URL_MAX_LENGTH} characters, no user name or password in it) that receives the notifications. It must be reachable from the Internet: in production, URLs that resolve to loopback, private or link-local addresses are refused (400, field notifyUrl).`,
    zh: `接收异步通知的 http 或 https 绝对 URL（不超过 ${URL_MAX_LENGTH} 个字符，不含用户名或密码），必须可从公网访问：生产环境中解析到回环、内网或链路本地地址的 URL 会被拒绝（400，field 为 notifyUrl）。`,
  },
  {
    name: "returnUrl",
    type: "string",
    required: true,
    en: `Absolute http or https URL (at most ${URL_MAX_LENGTH} characters, no user name or password in it) the shopper's browser is sent back to after paying.`,
    zh: `顾客付款后浏览器返回的 http 或 https 绝对 URL（不超过 ${URL_MAX_LENGTH} 个字符，不含用户名或密码）。`,
  },
  {
    name: "payerEmail",
    type: "string",
    en: `The shopper's email address (at most ${EMAIL_MAX_LENGTH} characters); pre-fills the checkout.`,
    zh: `顾客邮箱（不超过 ${EMAIL_MAX_LENGTH} 个字符）；用于预填收银台。`,
  },
  {
    name: "expiresAt",
    type: "string",
    en: `ISO 8601 time after which the payment can no longer be paid; default 2 hours after creation. It must be in the future and at most ${EXPIRY_DAYS} days ahead.`,
    zh: `ISO 8601 时间，过后不能再支付；默认为创建后 2 小时。必须晚于当前时间，且不超过 ${EXPIRY_DAYS} 天之后。`,
  },
  {
    name: "metadata",
    type: "object",
    en: `At most 20 entries, each value a string; returned as given. Keys have 1–${METADATA_KEY_MAX_CHARS} characters, values at most ${METADATA_VALUE_MAX_CHARS}.`,
    zh: `最多 20 项，每个值均为字符串；原样返回。键为 1–${METADATA_KEY_MAX_CHARS} 个字符，值不超过 ${METADATA_VALUE_MAX_CHARS} 个字符。`,
  },
];

export function Payments({ lang, origin }: { lang: Lang; origin: string }) {
  const en = lang === "en";
  return (
    <Chapter id="payments" lang={lang}>
      <Section id="create-payment" lang={lang} endpoint={{ method: "POST", path: "/api/v1/payments" }}>
        <P>
          {en
            ? "Creates a payment for one of your orders and returns it with its checkoutUrl, where you then send the shopper."
            : "为商户的一个订单创建支付，返回的支付对象中包含 checkoutUrl，随后把顾客引导到该地址。"}
        </P>
        <FieldTable
          id="create-payment-fields"
          lang={lang}
          caption={en ? "Request body: Create a payment" : "请求正文：创建支付"}
          fields={FIELDS}
          request
        />
        <H4>{en ? "Example request body" : "请求正文示例"}</H4>
        <Code code={REQUEST} />
        <H4>{en ? "With curl" : "使用 curl"}</H4>
        <Code code={CURL_CREATE_PAYMENT} />
        <Statuses
          lang={lang}
          items={[
            { status: "201 Created", en: "with the payment object.", zh: "返回支付对象。" },
            {
              status: "200 OK",
              en: "with the same payment, when this orderId was already created with the same parameters (a safe retry).",
              zh: "该 orderId 已以相同参数创建过时（安全重试），返回同一笔支付。",
            },
          ]}
        />
        <Code code={paymentJson(origin, "pending")} />
        <ErrorList
          section="create-payment"
          lang={lang}
          errors={[
            "invalid_request",
            [
              "order_conflict",
              {
                en: <>This orderId already exists with different parameters; nothing changed.</>,
                zh: <>该 orderId 已存在且参数不同；未做任何改动。</>,
              },
            ],
          ]}
        />
      </Section>
      <Section id="get-payment" lang={lang} endpoint={{ method: "GET", path: "/api/v1/payments/{orderId}" }}>
        <P>
          {en
            ? "Returns the payment of one of your orders: the source of truth for its status. No body; sign an empty body."
            : "返回商户某个订单的支付，其状态以此为准。无请求正文；按空正文签名。"}
        </P>
        <Code code={CURL_GET_PAYMENT} />
        <Statuses
          lang={lang}
          items={[{ status: "200 OK", en: "with the payment object.", zh: "返回支付对象。" }]}
        />
        <ErrorList
          section="get-payment"
          lang={lang}
          errors={[
            [
              "not_found",
              {
                en: "You have no payment with this orderId (another merchant's order is not found either).",
                zh: "商户没有这个 orderId 的支付（其他商户的订单同样返回不存在）。",
              },
            ],
          ]}
        />
      </Section>
      <Section
        id="close-payment"
        lang={lang}
        endpoint={{ method: "POST", path: "/api/v1/payments/{orderId}/close" }}
      >
        <P>
          {en ? (
            <>
              Closes a <C>pending</C> payment: it becomes <C>closed</C> and the checkout page refuses it from
              then on. Send no body and sign an empty body. A payment that already succeeded cannot be closed:
              the answer is <C>409 order_conflict</C> and the payment stays as it is, so when a close races
              with the shopper paying, exactly one of them wins. Closing is safe to repeat: a payment that is
              already closed, expired or failed answers <C>200</C> as it is (a pending payment whose{" "}
              <C>expiresAt</C> has passed becomes <C>expired</C>, not <C>closed</C>). Closing sends no
              notification.
            </>
          ) : (
            <>
              关闭一笔 <C>pending</C> 状态的支付：状态变为 <C>closed</C>
              ，此后收银台拒绝该支付。不发送正文，按空正文签名。已成功的支付不能关闭：返回{" "}
              <C>409 order_conflict</C>
              ，支付保持不变；因此关闭与顾客付款同时发生时，只有一方生效。关闭可以安全重复：已关闭、已过期或已失败的支付按原样返回{" "}
              <C>200</C>（已超过 <C>expiresAt</C> 的待支付订单会变为 <C>expired</C> 而不是 <C>closed</C>
              ）。关闭不会发送通知。
            </>
          )}
        </P>
        <Code code={CURL_CLOSE_PAYMENT} />
        <Statuses
          lang={lang}
          items={[
            {
              status: "200 OK",
              en: "with the payment object: status closed (or expired or failed, if it could no longer be paid).",
              zh: "返回支付对象：状态为 closed（若已无法支付，则为 expired 或 failed）。",
            },
          ]}
        />
        <ErrorList
          section="close-payment"
          lang={lang}
          errors={[
            "not_found",
            [
              "order_conflict",
              {
                en: "The payment has already succeeded; it stays as it is (refund it instead).",
                zh: "该支付已成功，保持不变（如需退回请发起退款）。",
              },
            ],
          ]}
        />
      </Section>
      <PaymentObject lang={lang} origin={origin} />
    </Chapter>
  );
}
