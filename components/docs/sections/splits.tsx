import { ErrorList } from "../error-list";
import { FieldTable, Statuses, type Field } from "../fields";
import type { Lang } from "../lang";
import { A, C, Chapter, Code, P, Section, Ul } from "../primitives";

const CREATE_JSON = `{"orderId": "A2001", "amount": 10000, "subject": "Market order",
 "notifyUrl": "https://platform.example/paylane/notify", "returnUrl": "https://platform.example/orders/A2001",
 "splits": [{"merchantId": "mch_01jd8x2k3m4n5p6q7r8s9t0v1w", "amount": 3000},
            {"merchantId": "mch_01jd8x2k3m4n5p6q7r8s9t0v2x", "amount": 2000}]}`;

const SPLITS_JSON = `{"orderId": "A2001", "splits": [
  {"merchantId": "mch_01jd8x2k3m4n5p6q7r8s9t0v1w", "merchantName": "Kitchen", "amount": 3000,
   "amountReversed": 1500, "status": "settled", "settledAt": "2026-11-23T16:00:05.120Z"},
  {"merchantId": "mch_01jd8x2k3m4n5p6q7r8s9t0v2x", "merchantName": "Bakery", "amount": 2000,
   "amountReversed": 1000, "status": "settled", "settledAt": "2026-11-23T16:00:05.120Z"}]}`;

const SPLIT_FIELDS: Field[] = [
  { name: "merchantId", type: "string", en: "The sub-merchant.", zh: "子商户。" },
  { name: "merchantName", type: "string", en: "Its name.", zh: "子商户名称。" },
  { name: "amount", type: "integer", en: "The share you gave, in fen.", zh: "分账金额（分）。" },
  {
    name: "amountReversed",
    type: "integer",
    en: "What refunds took back from the share, in fen.",
    zh: "退款扣回的金额（分）。",
  },
  {
    name: "status",
    type: "string",
    en: "held (in your pending balance) or settled (paid to the sub-merchant).",
    zh: "held（保留在您的待结算余额中）或 settled（已结算给子商户）。",
  },
  { name: "settledAt", type: "string | null", en: "When it settled.", zh: "结算时间。" },
];

/** Split settlement: an extension for platform merchants, outside the spec's fixed contract. */
export function Splits({ lang }: { lang: Lang }) {
  const en = lang === "en";
  return (
    <Chapter id="splits" lang={lang}>
      <P>
        {en ? (
          <>
            For platform merchants (marketplaces): a payment&apos;s net amount can be shared with your
            sub-merchants, and each share reaches the sub-merchant when the payment settles. Paylane links
            sub-merchants to a platform on request. Merchants that do not use it can ignore this chapter:
            nothing else in the API changes.
          </>
        ) : (
          <>
            面向平台商户（如电商平台）：一笔支付的净额可以分给您的子商户，每份分账在支付结算时到达子商户。子商户由
            Paylane 应平台申请进行关联。不使用分账的商户可以忽略本章：接口的其他部分没有任何变化。
          </>
        )}
      </P>
      <Section id="split-instructions" lang={lang}>
        <P>
          {en ? (
            <>
              Add <C>splits</C> to <A href="#create-payment">POST /api/v1/payments</A>: at most 10 entries of{" "}
              <C>merchantId</C> (one of your active sub-merchants, each at most once) and <C>amount</C> in
              fen. The shares must add up to at most the net amount: <C>amount</C> less your fee at the time
              of creation. <C>splits</C> is part of the request: a retry with the same shares (in any order)
              returns the same payment, other shares answer <C>409 order_conflict</C>.
            </>
          ) : (
            <>
              在 <A href="#create-payment">POST /api/v1/payments</A> 中加入 <C>splits</C>：最多 10 项，每项为{" "}
              <C>merchantId</C>（您已启用的子商户，每个最多一次）和以分为单位的 <C>amount</C>
              。分账合计不得超过净额，即 <C>amount</C> 减去创建时的手续费。<C>splits</C>{" "}
              属于请求参数：相同分账（顺序不限）重试返回同一笔支付，不同分账返回 <C>409 order_conflict</C>。
            </>
          )}
        </P>
        <Code code={CREATE_JSON} title="request.json" />
        <ErrorList
          section="split-instructions"
          lang={lang}
          errors={[
            [
              "invalid_request",
              {
                en: "field splits.N.merchantId: not your active sub-merchant, or named twice; splits.N.amount: not a positive integer; splits: more than 10 entries, or the shares exceed the net amount.",
                zh: "字段 splits.N.merchantId：不是您已启用的子商户，或重复出现；splits.N.amount：不是正整数；splits：超过 10 项，或分账合计超过净额。",
              },
            ],
          ]}
        />
      </Section>
      <Section id="split-money" lang={lang}>
        <Ul>
          {en ? (
            <>
              <li>
                Until the payment settles, the shares stay in your <C>pending</C> balance, held for the
                sub-merchants: your refunds cannot spend them. Settlement pays each share to its
                sub-merchant&apos;s available balance and the rest to yours.
              </li>
              <li>
                A refund takes back from each share the refunded part of the payment (refund ÷ amount, rounded
                down to the fen; a full refund takes back every share in full). Before settlement that money
                comes out of your pending balance; after, each sub-merchant pays back its part and you the
                rest. If any of you cannot cover its part, the refund is refused with{" "}
                <C>422 merchant_balance_insufficient</C> and nothing changes. A refund the bank fails gives
                every part back.
              </li>
              <li>
                A split payment with a refund still at the bank waits for the bank&apos;s answer before it
                settles.
              </li>
            </>
          ) : (
            <>
              <li>
                支付结算前，分账金额保留在您的 <C>pending</C>{" "}
                余额中，为子商户预留：您的退款不能动用。结算时，每份分账计入对应子商户的可用余额，其余计入您的可用余额。
              </li>
              <li>
                退款按退款占支付金额的比例（向下取整到分）从每份分账中扣回；全额退款扣回全部分账。结算前这部分从您的待结算余额中支出；结算后由各子商户退回其部分，其余由您支付。任何一方不足以支付其部分时，退款以{" "}
                <C>422 merchant_balance_insufficient</C> 拒绝，不做任何变更。银行退款失败时，各部分全部退回。
              </li>
              <li>有退款仍在银行处理中的分账支付，等待银行结果后再结算。</li>
            </>
          )}
        </Ul>
      </Section>
      <Section
        id="get-splits"
        lang={lang}
        endpoint={{ method: "GET", path: "/api/v1/payments/{orderId}/splits" }}
      >
        <P>
          {en
            ? "The shares of one of your payments and how each stands; an empty list for a payment without splits. Signed like every request."
            : "查询您的一笔支付的分账及各自状态；没有分账的支付返回空列表。与其他请求一样需要签名。"}
        </P>
        <Statuses lang={lang} items={[{ status: "200 OK", en: "for example:", zh: "例如：" }]} />
        <Code code={SPLITS_JSON} />
        <FieldTable
          id="split-fields"
          lang={lang}
          caption={en ? "Split share fields" : "分账字段"}
          fields={SPLIT_FIELDS}
        />
        <ErrorList
          section="get-splits"
          lang={lang}
          errors={[["not_found", { en: "No such order of yours.", zh: "没有该订单。" }]]}
        />
      </Section>
    </Chapter>
  );
}
