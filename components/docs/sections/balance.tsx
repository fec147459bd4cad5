import { ErrorList } from "../error-list";
import { CURL_BALANCE, CURL_STATEMENT } from "../examples/curl";
import { FieldTable, Statuses, type Field } from "../fields";
import type { Lang } from "../lang";
import { C, Chapter, Code, H4, P, Section } from "../primitives";

const BALANCE_JSON = `{"currency": "CNY", "available": 125000, "pending": 1987}`;

export const STATEMENT_HEADER =
  "type,order_id,refund_id,payment_id,amount,fee,net,currency,status,method,created_at,completed_at";

// The last row takes back A0987, paid two days earlier and found by reconciliation never to have
// reached the bank: its own row stays on the statement of the day it was paid.
const STATEMENT = `${STATEMENT_HEADER}
payment,A1001,,pay_01jd8x2k3m4n5p6q7r8s9t0v1w,1999,12,1987,CNY,succeeded,bank_card,2026-11-22T08:00:00.000Z,2026-11-22T08:03:12.417Z
refund,A1001,R1001-1,pay_01jd8x2k3m4n5p6q7r8s9t0v1w,-500,0,-500,CNY,succeeded,bank_card,2026-11-22T09:15:00.000Z,2026-11-22T09:15:04.210Z
payment,A0987,,pay_01jd3c5e7g9h1j3k5m7n9p1q3r,-5000,-30,-4970,CNY,reversed,bank_card,2026-11-20T02:10:00.000Z,2026-11-22T10:02:45.118Z`;

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
  {
    name: "type",
    type: "text",
    en: "payment or refund (a reversal is a payment row).",
    zh: "payment 或 refund（冲正为 payment 行）。",
  },
  { name: "order_id", type: "text", en: "Your orderId.", zh: "商户 orderId。" },
  {
    name: "refund_id",
    type: "text",
    en: "Your refundId; empty on payment rows.",
    zh: "商户 refundId；支付行为空。",
  },
  { name: "payment_id", type: "text", en: "The gateway's payment id (pay_…).", zh: "网关支付 id（pay_…）。" },
  {
    name: "amount",
    type: "integer",
    en: "Fen; negative on refund and reversal rows.",
    zh: "金额（分）；退款行和冲正行为负数。",
  },
  {
    name: "fee",
    type: "integer",
    en: "The gateway's fee in fen; 0 on refund rows (fees are not returned); negative on reversal rows (the fee is given back).",
    zh: "网关手续费（分）；退款行为 0（手续费不退还）；冲正行为负数（手续费一并退回）。",
  },
  {
    name: "net",
    type: "integer",
    en: "amount − fee; negative on refund and reversal rows.",
    zh: "amount − fee；退款行和冲正行为负数。",
  },
  { name: "currency", type: "text", en: "ISO 4217 code.", zh: "ISO 4217 代码。" },
  {
    name: "status",
    type: "text",
    en: "succeeded; reversed on the row that takes back a payment the bank never received.",
    zh: "succeeded；银行未收到款项而被冲正的支付，其冲正行为 reversed。",
  },
  { name: "method", type: "text", en: "The payment's method.", zh: "支付方式。" },
  {
    name: "created_at",
    type: "text",
    en: "When the payment or refund was created (ISO 8601, UTC); a reversal row repeats its payment's.",
    zh: "支付或退款的创建时间（ISO 8601，UTC）；冲正行沿用其支付的创建时间。",
  },
  {
    name: "completed_at",
    type: "text",
    en: "When it succeeded, completed or was reversed (ISO 8601, UTC); this decides its day.",
    zh: "成功、完成或冲正的时间（ISO 8601，UTC）；据此归入某一天。",
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
              this header row and one row for every payment that succeeded, every refund that completed and
              every payment reversed that day. The statement for a day that has not ended may still grow; a
              day with nothing has the header row only. Rows are ordered by <C>completed_at</C>, then by the
              gateway&apos;s id. A day is 00:00 to 24:00 at +08:00 (16:00 UTC the day before to 16:00 UTC). A
              refund to a bank card leaves your balance when it is accepted but appears on the statement of
              the day the bank completes it: across midnight, that day&apos;s net differs from your
              balance&apos;s change by the refunds still with the bank.
            </>
          ) : (
            <>
              <C>date</C> 格式为 <C>YYYY-MM-DD</C>，为 <C>Asia/Shanghai</C> 时区的营业日。返回{" "}
              <C>200 text/csv</C>（UTF-8），与其他响应一样带签名（签名覆盖 CSV
              字节），包含以下表头行，以及当天每笔成功的支付、每笔完成的退款和每笔冲正各一行。当天尚未结束时，对账单可能继续增加；没有交易的日期只有表头行。各行按
              <C>completed_at</C> 排序，相同时按网关 id 排序。一天指 +08:00 的 00:00 至 24:00（UTC 前一天
              16:00 至当天
              16:00）。退回银行卡的退款在受理时即从余额扣除，但记入银行完成退款当天的对账单：跨零点时，当天净额与余额变化相差仍在银行处理中的退款。
            </>
          )}
        </P>
        <P>
          {en ? (
            <>
              A payment that reconciliation finds the bank never received is reversed: its amount leaves your
              balance and the gateway gives its fee up. Its row stays, <C>succeeded</C>, on the statement of
              the day it was paid (a past day&apos;s statement never changes), and the statement of the day
              the reversal is booked gets a second <C>payment</C> row for it with <C>status</C>{" "}
              <C>reversed</C>: the same ids, <C>amount</C>, <C>fee</C> and <C>net</C> negated, and the
              reversal&apos;s time in <C>completed_at</C>. The two rows add up to nothing, and the reversal
              counts in the <C>net</C> of the day it left your balance. You are also told by email; the
              payment&apos;s <C>status</C> in the API stays <C>succeeded</C> and it can no longer be refunded.
            </>
          ) : (
            <>
              对账发现银行未收到款项的支付会被冲正：其金额从商户余额中扣回，网关同时放弃该笔手续费。该支付原来的{" "}
              <C>succeeded</C>{" "}
              行仍留在支付当天的对账单上（已过去日期的对账单不会改变）；冲正记账当天的对账单再为它增加一行{" "}
              <C>payment</C>，<C>status</C> 为 <C>reversed</C>：各 id 相同，<C>amount</C>、<C>fee</C>、
              <C>net</C> 取负数，<C>completed_at</C> 为冲正时间。两行相加为零，冲正计入从余额扣回当天的{" "}
              <C>net</C>。商户同时会收到邮件通知；API 中该支付的 <C>status</C> 仍为 <C>succeeded</C>
              ，且不能再退款。
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
