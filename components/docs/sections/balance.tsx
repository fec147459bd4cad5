import { ErrorList } from "../error-list";
import { CURL_BALANCE, CURL_STATEMENT } from "../examples/curl";
import { FieldTable, Statuses, type Field } from "../fields";
import type { Lang } from "../lang";
import { C, Chapter, Code, H4, P, Section } from "../primitives";

const BALANCE_JSON = `{"currency": "CNY", "available": 125000, "pending": 1987}`;

export const STATEMENT_HEADER =
  "type,order_id,refund_id,payment_id,amount,fee,net,currency,status,method,created_at,completed_at";

const STATEMENT = `${STATEMENT_HEADER}
payment,A1001,,pay_01jd8x2k3m4n5p6q7r8s9t0v1w,1999,12,1987,CNY,succeeded,bank_card,2026-11-22T08:00:00.000Z,2026-11-22T08:03:12.417Z
refund,A1001,R1001-1,pay_01jd8x2k3m4n5p6q7r8s9t0v1w,-500,0,-500,CNY,succeeded,bank_card,2026-11-22T09:15:00.000Z,2026-11-22T09:15:04.210Z`;

const PEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA…
…
-----END PUBLIC KEY-----`;

const BALANCE_FIELDS: Field[] = [
  { name: "currency", type: "string", en: "CNY.", zh: "CNY。" },
  {
    name: "available",
    type: "integer",
    en: "Fen settled to you and not yet withdrawn.",
    zh: "已结算给商户、尚未提现的金额（分）。",
  },
  {
    name: "pending",
    type: "integer",
    en: "Fen received but not yet settled.",
    zh: "已收款、尚未结算的金额（分）。",
  },
];

const COLUMNS: Field[] = [
  { name: "type", type: "text", en: "payment or refund.", zh: "payment 或 refund。" },
  { name: "order_id", type: "text", en: "Your orderId.", zh: "商户 orderId。" },
  {
    name: "refund_id",
    type: "text",
    en: "Your refundId; empty on payment rows.",
    zh: "商户 refundId；支付行为空。",
  },
  { name: "payment_id", type: "text", en: "The gateway's payment id (pay_…).", zh: "网关支付 id（pay_…）。" },
  { name: "amount", type: "integer", en: "Fen; negative on refund rows.", zh: "金额（分）；退款行为负数。" },
  {
    name: "fee",
    type: "integer",
    en: "The gateway's fee in fen; 0 on refund rows (fees are not returned).",
    zh: "网关手续费（分）；退款行为 0（手续费不退还）。",
  },
  {
    name: "net",
    type: "integer",
    en: "amount − fee; negative on refund rows.",
    zh: "amount − fee；退款行为负数。",
  },
  { name: "currency", type: "text", en: "ISO 4217 code.", zh: "ISO 4217 代码。" },
  { name: "status", type: "text", en: "The payment's or refund's status.", zh: "支付或退款的状态。" },
  { name: "method", type: "text", en: "The payment's method.", zh: "支付方式。" },
  {
    name: "created_at",
    type: "text",
    en: "When the payment or refund was created (ISO 8601, UTC).",
    zh: "支付或退款的创建时间（ISO 8601，UTC）。",
  },
  {
    name: "completed_at",
    type: "text",
    en: "When it succeeded or completed (ISO 8601, UTC); this decides its day.",
    zh: "成功或完成的时间（ISO 8601，UTC）；据此归入某一天。",
  },
];

export function Balance({ lang }: { lang: Lang }) {
  const en = lang === "en";
  return (
    <Chapter id="balance" lang={lang}>
      <Section id="get-balance" lang={lang} endpoint={{ method: "GET", path: "/api/v1/balance" }}>
        <P>{en ? "Your balances, in fen." : "商户余额，单位为分。"}</P>
        <Code code={CURL_BALANCE} />
        <Statuses lang={lang} items={[{ status: "200 OK", en: "with:", zh: "返回：" }]} />
        <Code code={BALANCE_JSON} />
        <FieldTable
          id="balance-fields"
          lang={lang}
          caption={en ? "Balance fields" : "余额字段"}
          fields={BALANCE_FIELDS}
        />
        <ErrorList section="get-balance" lang={lang} errors={[]} />
      </Section>
      <Section id="get-statement" lang={lang} endpoint={{ method: "GET", path: "/api/v1/statements/{date}" }}>
        <P>
          {en ? (
            <>
              <C>date</C> is <C>YYYY-MM-DD</C>, a business day in <C>Asia/Shanghai</C>. The answer is{" "}
              <C>200 text/csv</C> (UTF-8), signed like any response (the signature covers the CSV bytes), with
              this header row and one row for every payment that succeeded and every refund that completed
              that day. The statement for a day that has not ended may still grow; a day with nothing has the
              header row only. Rows are ordered by <C>completed_at</C>, then by the gateway&apos;s id. A day
              is 00:00 to 24:00 at +08:00 (16:00 UTC the day before to 16:00 UTC). A refund to a bank card
              leaves your balance when it is accepted but appears on the statement of the day the bank
              completes it: across midnight, that day&apos;s net differs from your balance&apos;s change by
              the refunds still with the bank.
            </>
          ) : (
            <>
              <C>date</C> 格式为 <C>YYYY-MM-DD</C>，为 <C>Asia/Shanghai</C> 时区的营业日。返回{" "}
              <C>200 text/csv</C>（UTF-8），与其他响应一样带签名（签名覆盖 CSV
              字节），包含以下表头行，以及当天每笔成功的支付和每笔完成的退款各一行。当天尚未结束时，对账单可能继续增加；没有交易的日期只有表头行。各行按
              <C>completed_at</C> 排序，相同时按网关 id 排序。一天指 +08:00 的 00:00 至 24:00（UTC 前一天
              16:00 至当天
              16:00）。退回银行卡的退款在受理时即从余额扣除，但记入银行完成退款当天的对账单：跨零点时，当天净额与余额变化相差仍在银行处理中的退款。
            </>
          )}
        </P>
        <Code code={STATEMENT_HEADER} />
        <Code code={CURL_STATEMENT} />
        <Statuses lang={lang} items={[{ status: "200 OK", en: "for example:", zh: "例如：" }]} />
        <Code code={STATEMENT} title="statement.csv" />
        <FieldTable
          id="statement-columns"
          lang={lang}
          caption={en ? "Statement columns" : "对账单列"}
          fields={COLUMNS}
        />
        <ErrorList
          section="get-statement"
          lang={lang}
          errors={[
            [
              "invalid_request",
              {
                en: "date is not a real YYYY-MM-DD calendar day, or is after today in Asia/Shanghai.",
                zh: "date 不是合法的 YYYY-MM-DD 日期，或晚于上海时区的今天。",
              },
            ],
          ]}
        />
      </Section>
      <Section id="platform-key" lang={lang} endpoint={{ method: "GET", path: "/api/v1/platform-key" }}>
        <P>
          {en ? (
            <>
              The platform public key as PEM text (SPKI). No authentication, and the response itself is not
              signed: fetch it once over HTTPS, check that it matches the key shown in your dashboard, and
              keep it in your configuration rather than fetching it for every request.
            </>
          ) : (
            <>
              以 PEM 文本（SPKI）返回平台公钥。无需认证，响应本身也不签名：请通过 HTTPS
              获取一次，与商户后台显示的公钥核对一致后保存在配置中，不要每次请求都重新获取。
            </>
          )}
        </P>
        <H4>{en ? "Response" : "响应"}</H4>
        <Code code={PEM} />
      </Section>
    </Chapter>
  );
}
