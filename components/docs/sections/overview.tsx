import type { ReactNode } from "react";
import type { Lang } from "../lang";
import { A, C, Chapter, Code, Ol, P, Section, Table, Ul } from "../primitives";
import { Reliability } from "./reliability";

const en = {
  intro: (
    <P>
      Your server talks to Paylane over HTTPS with signed JSON requests; shoppers pay on Paylane&apos;s hosted
      checkout; Paylane tells your server about the result with signed notifications. This page is the whole
      contract: everything below is what the gateway does.
    </P>
  ),
  quickStart: (
    <Ol>
      <li>
        Get credentials: sign up as a merchant and, once approved, register your RSA public key in the
        dashboard to get a <C>merchantId</C> and a <C>keyId</C> (for a test set-up, the{" "}
        <A href="#cli">operator command line</A> does both). Save the{" "}
        <A href="#platform-key">platform public key</A>.
      </li>
      <li>
        From your server, <A href="#create-payment">create a payment</A> with a{" "}
        <A href="#authentication">signed request</A>.
      </li>
      <li>
        Send the shopper&apos;s browser to the payment&apos;s <C>checkoutUrl</C> (
        <A href="#checkout">hosted checkout</A>).
      </li>
      <li>
        Receive the <A href="#notifications">notification</A> at your <C>notifyUrl</C>: verify its signature,
        deduplicate by <C>id</C>, answer <C>2xx</C>.
      </li>
      <li>
        Before you ship, confirm with <A href="#get-payment">GET the payment</A> that its <C>status</C> is{" "}
        <C>succeeded</C> and its <C>amount</C> is what you expect.
      </li>
      <li>
        <A href="#create-refund">Refund</A> when needed; reconcile with the{" "}
        <A href="#get-statement">daily statement</A>.
      </li>
    </Ol>
  ),
  baseUrl: <P>Every endpoint lives under this base URL:</P>,
  json: (
    <Ul>
      <li>
        Paths on this page start with <C>/api/v1</C>; that full path (with its query, if any) is what you
        sign.
      </li>
      <li>
        Request and response bodies are UTF-8 JSON. Send <C>Content-Type: application/json</C> with a body.
        Two exceptions: statements are CSV and the platform key is PEM text.
      </li>
      <li>
        Objects always carry every documented field; a field without a value is <C>null</C>, not missing.
      </li>
      <li>
        Field names are camelCase and case-sensitive. Send only the documented fields: an unknown field is
        refused with <C>400 invalid_request</C>.
      </li>
    </Ul>
  ),
  conventions: (
    <Ul>
      <li>
        <strong>Money</strong> is an integer number of minor units (fen for CNY):{" "}
        <C>&quot;amount&quot;: 1999</C> is ¥19.99. Never a float or a string. <C>currency</C> is an ISO 4217
        code; <C>CNY</C> is the default and the only currency that is always accepted.
      </li>
      <li>
        <strong>Times</strong> are ISO 8601 strings in UTC, with milliseconds: <C>2026-11-22T08:00:00.000Z</C>
        . Send <C>expiresAt</C> the same way.
      </li>
      <li>
        <strong>Business days</strong> and statement dates are in the gateway&apos;s time zone,{" "}
        <C>Asia/Shanghai</C> (UTC+8, no daylight saving): the statement of <C>2026-11-22</C> covers{" "}
        <C>2026-11-21T16:00:00.000Z</C> up to, not including, <C>2026-11-22T16:00:00.000Z</C>.
      </li>
      <li>
        <strong>Identifiers</strong>: <C>orderId</C> and <C>refundId</C> are yours, 1–64 characters of{" "}
        <C>A–Z a–z 0–9 _ -</C> (<C>^[A-Za-z0-9_-]{"{1,64}"}$</C>), unique among your orders (and among your
        refunds) and case-sensitive. They go into URL paths as they are. <C>id</C> fields are the
        gateway&apos;s (<C>pay_…</C>, <C>rf_…</C>, <C>evt_…</C>): store them, never parse them.
      </li>
    </Ul>
  ),
};

const zh: Record<keyof typeof en, ReactNode> = {
  intro: (
    <P>
      商户服务器通过 HTTPS 向 Paylane 发送签名的 JSON 请求；顾客在 Paylane
      托管的收银台付款；支付结果由签名的异步通知告知商户服务器。本页就是完整的接口约定：下文所写即网关的实际行为。
    </P>
  ),
  quickStart: (
    <Ol>
      <li>
        获取凭证：注册商户，审核通过后在商户后台登记 RSA 公钥，得到 <C>merchantId</C> 和 <C>keyId</C>
        （测试环境可用<A href="#cli">运维命令行</A>一步完成）。保存<A href="#platform-key">平台公钥</A>。
      </li>
      <li>
        在服务器端用<A href="#authentication">签名请求</A>
        <A href="#create-payment">创建支付</A>。
      </li>
      <li>
        把顾客的浏览器跳转到支付的 <C>checkoutUrl</C>（<A href="#checkout">收银台</A>）。
      </li>
      <li>
        在 <C>notifyUrl</C> 接收<A href="#notifications">异步通知</A>：验证签名，按 <C>id</C> 去重，返回{" "}
        <C>2xx</C>。
      </li>
      <li>
        发货前用<A href="#get-payment">查询支付</A>确认 <C>status</C> 为 <C>succeeded</C> 且 <C>amount</C>{" "}
        与订单一致。
      </li>
      <li>
        需要时<A href="#create-refund">发起退款</A>；用<A href="#get-statement">日对账单</A>对账。
      </li>
    </Ol>
  ),
  baseUrl: <P>所有接口都在以下基础地址之下：</P>,
  json: (
    <Ul>
      <li>
        本页的路径都以 <C>/api/v1</C> 开头；签名时使用这个完整路径（如有查询串，连同查询串）。
      </li>
      <li>
        请求与响应的正文均为 UTF-8 编码的 JSON。带正文的请求请发送 <C>Content-Type: application/json</C>
        。两个例外：对账单是 CSV，平台公钥是 PEM 文本。
      </li>
      <li>
        对象总是包含所有文档中的字段；没有值的字段为 <C>null</C>，不会缺失。
      </li>
      <li>
        字段名为驼峰式，区分大小写。请只发送文档中列出的字段：未知字段会以 <C>400 invalid_request</C> 拒绝。
      </li>
    </Ul>
  ),
  conventions: (
    <Ul>
      <li>
        <strong>金额</strong>是以最小货币单位（人民币为分）计的整数：<C>&quot;amount&quot;: 1999</C> 即
        ¥19.99。不得使用小数或字符串。<C>currency</C> 为 ISO 4217 代码；默认 <C>CNY</C>
        ，也是唯一保证被接受的币种。
      </li>
      <li>
        <strong>时间</strong>为 UTC 的 ISO 8601 字符串，带毫秒：<C>2026-11-22T08:00:00.000Z</C>。
        <C>expiresAt</C> 也请按此格式发送。
      </li>
      <li>
        <strong>营业日</strong>与对账单日期按网关时区 <C>Asia/Shanghai</C>（UTC+8，无夏令时）计算：
        <C>2026-11-22</C> 的对账单覆盖 <C>2026-11-21T16:00:00.000Z</C> 起、至 <C>2026-11-22T16:00:00.000Z</C>{" "}
        止（不含）。
      </li>
      <li>
        <strong>标识符</strong>：<C>orderId</C> 与 <C>refundId</C> 由商户自定，为 1–64 个{" "}
        <C>A–Z a–z 0–9 _ -</C> 字符（<C>^[A-Za-z0-9_-]{"{1,64}"}$</C>
        ），在商户的全部订单（及全部退款）中唯一，区分大小写，可原样放入 URL 路径。<C>id</C> 字段由网关生成（
        <C>pay_…</C>、<C>rf_…</C>、<C>evt_…</C>）：请保存，不要解析其结构。
      </li>
    </Ul>
  ),
};

const COPY = { en, zh };

export function Overview({ lang, origin }: { lang: Lang; origin: string }) {
  const t = COPY[lang];
  return (
    <Chapter id="overview" lang={lang}>
      {t.intro}
      <Section id="quick-start" lang={lang}>
        {t.quickStart}
      </Section>
      <Section id="base-url" lang={lang}>
        {t.baseUrl}
        <Code code={`${origin}/api/v1`} />
        {t.json}
      </Section>
      <Section id="conventions" lang={lang}>
        {t.conventions}
        <Table
          id="money-examples"
          caption={lang === "en" ? "Amounts in fen" : "以分计的金额"}
          columns={lang === "en" ? ["JSON", "means"] : ["JSON", "含义"]}
          rows={[
            [<C key="a">1</C>, "¥0.01"],
            [<C key="b">1999</C>, "¥19.99"],
            [
              <C key="c">100000000000</C>,
              lang === "en" ? "¥1,000,000,000.00 (the largest payment)" : "¥1,000,000,000.00（单笔支付上限）",
            ],
          ]}
        />
      </Section>
      <Reliability lang={lang} />
    </Chapter>
  );
}
