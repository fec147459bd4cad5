import { ErrorList } from "../error-list";
import { CURL_CREATE_REFUND, CURL_GET_REFUND } from "../examples/curl";
import { FieldTable, Statuses, type Field } from "../fields";
import type { Lang } from "../lang";
import { Chapter, Code, H4, P, Section } from "../primitives";
import { REFUND_JSON } from "./payment-json";
import { RefundRules } from "./refund-rules";

const REQUEST = `{"orderId": "A1001", "refundId": "R1001-1", "amount": 500, "reason": "damaged"}`;

const FIELDS: Field[] = [
  {
    name: "orderId",
    type: "string",
    required: true,
    en: "The orderId of the payment to refund.",
    zh: "要退款的支付的 orderId。",
  },
  {
    name: "refundId",
    type: "string",
    required: true,
    en: "Your refund number: 1–64 characters of A–Z a–z 0–9 _ -, unique among your refunds.",
    zh: "商户退款单号：1–64 个 A–Z a–z 0–9 _ - 字符，在商户的退款中唯一。",
  },
  {
    name: "amount",
    type: "integer",
    required: true,
    en: "In fen, at least 1 and at most what is left to refund.",
    zh: "以分计，至少为 1，且不超过剩余可退金额。",
  },
  {
    name: "reason",
    type: "string",
    en: "Why you refund; returned as given.",
    zh: "退款原因；原样返回。",
  },
];

const OBJECT: Field[] = [
  { name: "id", type: "string", en: "The gateway's id (rf_…).", zh: "网关的退款 id（rf_…）。" },
  { name: "refundId", type: "string", en: "Your refund number.", zh: "商户退款单号。" },
  { name: "orderId", type: "string", en: "The refunded payment's orderId.", zh: "被退款支付的 orderId。" },
  { name: "amount", type: "integer", en: "In fen.", zh: "金额，单位为分。" },
  { name: "currency", type: "string", en: "The payment's currency.", zh: "支付的币种。" },
  {
    name: "status",
    type: "string",
    en: "processing → succeeded | failed. A wallet refund may already be succeeded when it is created.",
    zh: "processing → succeeded | failed。钱包退款在创建时可能已是 succeeded。",
  },
  { name: "reason", type: "string | null", en: "As you sent it.", zh: "商户提交的原因。" },
  {
    name: "createdAt",
    type: "string",
    en: "When it was created (ISO 8601, UTC).",
    zh: "创建时间（ISO 8601，UTC）。",
  },
  {
    name: "completedAt",
    type: "string | null",
    en: "When it reached succeeded or failed; null while processing.",
    zh: "变为 succeeded 或 failed 的时间；处理中为 null。",
  },
];

export function Refunds({ lang }: { lang: Lang }) {
  const en = lang === "en";
  return (
    <Chapter id="refunds" lang={lang}>
      <RefundRules lang={lang} />
      <Section id="create-refund" lang={lang} endpoint={{ method: "POST", path: "/api/v1/refunds" }}>
        <P>{en ? "Refunds all or part of a payment that succeeded." : "对已成功的支付全额或部分退款。"}</P>
        <FieldTable
          id="create-refund-fields"
          lang={lang}
          caption={en ? "Request body: Create a refund" : "请求正文：创建退款"}
          fields={FIELDS}
          request
        />
        <H4>{en ? "Example request body" : "请求正文示例"}</H4>
        <Code code={REQUEST} />
        <H4>{en ? "With curl" : "使用 curl"}</H4>
        <Code code={CURL_CREATE_REFUND} />
        <Statuses
          lang={lang}
          items={[
            { status: "201 Created", en: "with the refund object.", zh: "返回退款对象。" },
            {
              status: "200 OK",
              en: "with the same refund, when this refundId was already created with the same parameters (a safe retry).",
              zh: "该 refundId 已以相同参数创建过时（安全重试），返回同一笔退款。",
            },
          ]}
        />
        <Code code={REFUND_JSON} />
        <ErrorList
          section="create-refund"
          lang={lang}
          errors={[
            "invalid_request",
            [
              "not_found",
              { en: "You have no payment with this orderId.", zh: "商户没有这个 orderId 的支付。" },
            ],
            [
              "order_conflict",
              {
                en: "This refundId already exists with different parameters; nothing changed.",
                zh: "该 refundId 已存在且参数不同；未做任何改动。",
              },
            ],
            "payment_not_refundable",
            "refund_window_expired",
            "amount_exceeds_refundable",
            "merchant_balance_insufficient",
          ]}
        />
      </Section>
      <Section id="get-refund" lang={lang} endpoint={{ method: "GET", path: "/api/v1/refunds/{refundId}" }}>
        <P>
          {en
            ? "Returns one of your refunds: the source of truth for its status. No body; sign an empty body."
            : "返回商户的一笔退款，其状态以此为准。无请求正文；按空正文签名。"}
        </P>
        <Code code={CURL_GET_REFUND} />
        <Statuses
          lang={lang}
          items={[{ status: "200 OK", en: "with the refund object.", zh: "返回退款对象。" }]}
        />
        <ErrorList
          section="get-refund"
          lang={lang}
          errors={[
            [
              "not_found",
              { en: "You have no refund with this refundId.", zh: "商户没有这个 refundId 的退款。" },
            ],
          ]}
        />
      </Section>
      <Section id="refund-object" lang={lang}>
        <FieldTable
          id="refund-fields"
          lang={lang}
          caption={en ? "Refund fields" : "退款对象字段"}
          fields={OBJECT}
        />
        <Code code={REFUND_JSON} />
      </Section>
    </Chapter>
  );
}
