import type { ReactNode } from "react";
import type { Lang } from "../lang";
import { C, P, Section, Table, Ul } from "../primitives";

type Copy = {
  rules: ReactNode;
  routing: ReactNode;
  fees: ReactNode;
  caption: string;
  columns: string[];
  rows: string[][];
};

const en: Copy = {
  rules: (
    <Ul>
      <li>
        Only a payment that <C>succeeded</C> can be refunded (otherwise <C>422 payment_not_refundable</C>).
      </li>
      <li>
        Refunds are accepted within <strong>90 days of paidAt, counted as 90 × 24 hours</strong> (otherwise{" "}
        <C>422 refund_window_expired</C>).
      </li>
      <li>
        A payment can be refunded in parts, each with its own <C>refundId</C>. The sum of its refunds that did
        not fail never exceeds its amount, whatever the concurrency: what is left to refund is <C>amount</C>{" "}
        minus the refunds that are processing or succeeded (a larger refund answers{" "}
        <C>422 amount_exceeds_refundable</C>). A failed refund gives its amount back to the refundable total
        and to your balance.
      </li>
      <li>A refund that fails validation changes nothing.</li>
    </Ul>
  ),
  routing: (
    <P>
      Refunds go back the way the money came: a wallet payment to the payer&apos;s Paylane wallet (at once), a
      bank-card payment to the card through its bank (the bank answers later, so the refund stays{" "}
      <C>processing</C> until then), a prepaid-card payment to the card. The final status arrives as a{" "}
      <C>refund.succeeded</C> or <C>refund.failed</C> notification at the payment&apos;s <C>notifyUrl</C>.
    </P>
  ),
  fees: (
    <P>
      <strong>Fees.</strong> The gateway&apos;s fee on a payment is not returned when it is refunded. A refund
      debits its full amount from your <C>pending</C> balance first, then from <C>available</C>; if the two
      together cannot cover it, it is refused with <C>422 merchant_balance_insufficient</C> and nothing
      changes.
    </P>
  ),
  caption: "Example: a ¥19.99 payment with a ¥0.12 fee, refunded in full",
  columns: ["step", "your balance", "fee"],
  rows: [
    ["payment succeeds", "+1999 − 12 = +1987", "12 kept by the gateway"],
    ["refund of 1999", "−1999 (pending first, then available)", "not returned"],
    ["net effect", "−12", "the fee"],
  ],
};

const zh: Copy = {
  rules: (
    <Ul>
      <li>
        只有 <C>succeeded</C> 的支付可以退款（否则返回 <C>422 payment_not_refundable</C>）。
      </li>
      <li>
        须在 <strong>paidAt 之后 90 天内（按 90 × 24 小时计算）</strong>发起退款（否则返回{" "}
        <C>422 refund_window_expired</C>）。
      </li>
      <li>
        一笔支付可以分多次部分退款，每次使用不同的 <C>refundId</C>
        。无论并发如何，未失败的退款总额都不会超过支付金额：剩余可退金额为 <C>amount</C>{" "}
        减去处理中与已成功的退款（超出则返回 <C>422 amount_exceeds_refundable</C>
        ）。失败的退款会把金额还给可退总额和商户余额。
      </li>
      <li>校验失败的退款不会产生任何改动。</li>
    </Ul>
  ),
  routing: (
    <P>
      退款原路返回：钱包支付退回付款人的 Paylane
      钱包（立即到账），银行卡支付经发卡银行退回该卡（银行稍后才答复，在此之前退款保持 <C>processing</C>
      ），预付卡支付退回该卡。最终状态以 <C>refund.succeeded</C> 或 <C>refund.failed</C> 通知发送到该支付的{" "}
      <C>notifyUrl</C>。
    </P>
  ),
  fees: (
    <P>
      <strong>手续费。</strong>支付退款时，网关已收取的手续费不退还。退款按全额先从商户的 <C>pending</C>
      （待结算）余额扣除，不足部分再从 <C>available</C>（可用）余额扣除；两者合计仍不足时拒绝退款，返回{" "}
      <C>422 merchant_balance_insufficient</C>，不做任何改动。
    </P>
  ),
  caption: "示例：一笔 ¥19.99、手续费 ¥0.12 的支付全额退款",
  columns: ["步骤", "商户余额", "手续费"],
  rows: [
    ["支付成功", "+1999 − 12 = +1987", "网关收取 12"],
    ["退款 1999", "−1999（先扣待结算，再扣可用）", "不退还"],
    ["合计", "−12", "即手续费"],
  ],
};

const COPY = { en, zh };

export function RefundRules({ lang }: { lang: Lang }) {
  const t = COPY[lang];
  return (
    <Section id="refund-rules" lang={lang}>
      {t.rules}
      {t.routing}
      {t.fees}
      <Table id="refund-fee-example" caption={t.caption} columns={t.columns} rows={t.rows} />
    </Section>
  );
}
