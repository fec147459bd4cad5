import { FieldTable, type Field } from "../fields";
import type { Lang } from "../lang";
import { C, Code, H4, P, Section, Table, Ul } from "../primitives";
import { paymentJson } from "./payment-json";

const FIELDS: Field[] = [
  { name: "id", type: "string", en: "The gateway's id (pay_…).", zh: "网关的支付 id（pay_…）。" },
  { name: "orderId", type: "string", en: "Your order number.", zh: "商户订单号。" },
  { name: "amount", type: "integer", en: "In fen.", zh: "金额，单位为分。" },
  { name: "currency", type: "string", en: "ISO 4217 code, e.g. CNY.", zh: "ISO 4217 代码，如 CNY。" },
  { name: "subject", type: "string", en: "As you sent it.", zh: "商户提交的商品描述。" },
  {
    name: "status",
    type: "string",
    en: "pending, succeeded, failed, expired or closed (see below).",
    zh: "pending、succeeded、failed、expired 或 closed（见下文）。",
  },
  {
    name: "checkoutUrl",
    type: "string",
    en: "The hosted checkout page of this payment; send the shopper's browser there.",
    zh: "本支付的收银台页面；把顾客浏览器引导到这里。",
  },
  {
    name: "method",
    type: "string | null",
    en: "bank_card, wallet or prepaid_card once paid; null before.",
    zh: "支付成功后为 bank_card、wallet 或 prepaid_card；此前为 null。",
  },
  {
    name: "bank",
    type: "string | null",
    en: "The bank's code for bank-card payments (e.g. icmb); null otherwise.",
    zh: "银行卡支付时为银行代码（如 icmb）；否则为 null。",
  },
  {
    name: "amountRefunded",
    type: "integer",
    en: "Fen refunded so far.",
    zh: "已退款金额（分）。",
  },
  {
    name: "fee",
    type: "integer",
    en: "The gateway's fee in fen once paid (your rate is in the dashboard; 0.6% unless agreed otherwise); 0 before.",
    zh: "支付成功后网关收取的手续费（分；费率见商户后台，默认 0.6%）；此前为 0。",
  },
  {
    name: "createdAt",
    type: "string",
    en: "When it was created (ISO 8601, UTC).",
    zh: "创建时间（ISO 8601，UTC）。",
  },
  { name: "expiresAt", type: "string", en: "When it stops being payable.", zh: "支付截止时间。" },
  {
    name: "paidAt",
    type: "string | null",
    en: "When it succeeded; null before.",
    zh: "支付成功时间；此前为 null。",
  },
  {
    name: "metadata",
    type: "object",
    en: "As you sent it ({} if none).",
    zh: "商户提交的 metadata（未提交则为 {}）。",
  },
];

const LIFECYCLE = `pending ──▶ succeeded   paid                          → payment.succeeded
   │
   ├──────▶ failed      can no longer be paid         → payment.failed
   ├──────▶ expired     expiresAt has passed          → payment.expired
   └──────▶ closed      you closed it                 (no notification)`;

const STATUSES = {
  en: [
    [
      "pending",
      "Waiting for the shopper. Declined attempts (wrong password, insufficient funds) leave it pending, so the shopper can try again.",
      "—",
    ],
    [
      "succeeded",
      "Paid. Final: it never changes again (refunds show in amountRefunded).",
      "payment.succeeded",
    ],
    [
      "failed",
      "It can no longer be paid, for example because a risk rule blocked it. Final.",
      "payment.failed",
    ],
    ["expired", "expiresAt passed before it was paid. Final.", "payment.expired"],
    ["closed", "You closed it. Final.", "—"],
  ],
  zh: [
    ["pending", "等待顾客付款。被拒绝的尝试（密码错误、余额不足）不改变状态，顾客可以再试。", "—"],
    ["succeeded", "已支付。最终状态，不再改变（退款体现在 amountRefunded 中）。", "payment.succeeded"],
    ["failed", "已无法支付，例如被风控规则拦截。最终状态。", "payment.failed"],
    ["expired", "到 expiresAt 仍未支付。最终状态。", "payment.expired"],
    ["closed", "商户已关闭。最终状态。", "—"],
  ],
};

export function PaymentObject({ lang, origin }: { lang: Lang; origin: string }) {
  const en = lang === "en";
  return (
    <>
      <Section id="payment-object" lang={lang}>
        <FieldTable
          id="payment-fields"
          lang={lang}
          caption={en ? "Payment fields" : "支付对象字段"}
          fields={FIELDS}
        />
        <H4>{en ? "A payment that succeeded" : "已成功的支付"}</H4>
        <Code code={paymentJson(origin, "succeeded")} />
      </Section>
      <Section id="payment-status" lang={lang}>
        <Code code={LIFECYCLE} />
        <Table
          id="payment-statuses"
          caption={en ? "Payment statuses" : "各支付状态的含义"}
          columns={en ? ["status", "meaning", "notification"] : ["状态", "含义", "通知"]}
          rows={STATUSES[lang].map(([status, meaning, event]) => [
            <C key="s">{status}</C>,
            meaning,
            event === "—" ? event : <C key="e">{event}</C>,
          ])}
        />
        <Ul>
          {en ? (
            <>
              <li>A payment succeeds at most once and never changes after it leaves pending.</li>
              <li>
                <C>expired</C> is set once <C>expiresAt</C> has passed; a shopper still on the checkout page
                can no longer pay.
              </li>
              <li>Refunds do not change the payment&apos;s status; they raise amountRefunded.</li>
            </>
          ) : (
            <>
              <li>一笔支付最多成功一次，离开 pending 后不再改变。</li>
              <li>
                超过 <C>expiresAt</C> 即置为 <C>expired</C>；仍停留在收银台的顾客也无法再支付。
              </li>
              <li>退款不改变支付状态，只增加 amountRefunded。</li>
            </>
          )}
        </Ul>
        <P>
          {en
            ? "Your order's state should follow the payment's: ship only for succeeded, and confirm with GET."
            : "商户订单状态应以支付状态为准：仅在 succeeded 时发货，并用 GET 确认。"}
        </P>
      </Section>
    </>
  );
}
