import type { ReactNode } from "react";
import type { Lang } from "../lang";
import { A, C, Chapter, Code, Ol, P, Section, Ul } from "../primitives";

const FLOW = `your server ──POST /api/v1/payments──▶ Paylane ──▶ { checkoutUrl }
shopper's browser ──▶ checkoutUrl (Paylane's hosted checkout)
   ├─ bank card:    choose a bank ──▶ the bank's online-banking page ──▶ back to Paylane
   ├─ wallet:       Paylane wallet email and password
   └─ prepaid card: card number and PIN
shopper's browser ◀── redirect to returnUrl          (only a redirect: may never happen)
your notifyUrl    ◀── signed notification            (the result)
your server       ──GET /api/v1/payments/{orderId}──▶ (the truth)`;

type Copy = { intro: ReactNode; steps: ReactNode; returnRules: ReactNode };

const en: Copy = {
  intro: (
    <P>
      Shoppers pay on Paylane&apos;s hosted checkout page, the payment&apos;s <C>checkoutUrl</C>: you never
      handle card numbers or passwords. It shows your name, the subject and the amount, works in Chinese and
      English, and works without JavaScript.
    </P>
  ),
  steps: (
    <Ol>
      <li>
        Your server creates the payment and redirects the shopper&apos;s browser to <C>checkoutUrl</C> (a
        top-level navigation: the page cannot be shown in an iframe).
      </li>
      <li>
        The shopper picks a method. <strong>Bank card</strong>: they choose their bank (an email is optional),
        and the page sends them to that bank&apos;s online-banking page, where they enter the card number and
        password; the bank sends them back. <strong>Paylane wallet</strong>: they sign in with their wallet
        email and password and pay from its balance. <strong>Prepaid card</strong>: they enter the card number
        and PIN.
      </li>
      <li>
        A declined attempt leaves the payment <C>pending</C>: the shopper may try again, with any method,
        until <C>expiresAt</C>. An expired, closed or already paid payment shows a clear page instead of the
        form.
      </li>
      <li>
        When it is over, the browser is redirected to your <C>returnUrl</C>, and your <C>notifyUrl</C> gets
        the notification.
      </li>
    </Ol>
  ),
  returnRules: (
    <Ul>
      <li>
        It may never happen (a closed tab, a lost connection, a bank page that ends with &quot;you may close
        this page&quot;), and anyone can open it by hand. Do not mark an order paid because the shopper came
        back.
      </li>
      <li>
        On that page, show the order&apos;s state from your own records; if it is not settled yet, ask Paylane
        with <A href="#get-payment">GET /api/v1/payments/{"{orderId}"}</A> and show &quot;processing&quot;
        until a notification or the GET says <C>succeeded</C>.
      </li>
      <li>Put your own order number in returnUrl; do not rely on any parameter being added to it.</li>
    </Ul>
  ),
};

const zh: Copy = {
  intro: (
    <P>
      顾客在 Paylane 托管的收银台（支付的 <C>checkoutUrl</C>
      ）付款：商户无需接触卡号和密码。收银台显示商户名称、商品描述与金额，支持中英文，不开启 JavaScript
      也能使用。
    </P>
  ),
  steps: (
    <Ol>
      <li>
        商户服务器创建支付后，把顾客浏览器重定向到 <C>checkoutUrl</C>（顶层跳转：该页面不能嵌入 iframe）。
      </li>
      <li>
        顾客选择支付方式。<strong>银行卡</strong>
        ：选择银行（邮箱可选），页面跳转到该银行的网上银行页面，顾客输入卡号和密码，银行再把顾客送回。
        <strong>Paylane 钱包</strong>：用钱包邮箱和密码登录，从余额付款。<strong>预付卡</strong>：输入卡号和
        PIN。
      </li>
      <li>
        被拒绝的尝试不改变 <C>pending</C> 状态：在 <C>expiresAt</C>{" "}
        之前顾客可以用任意方式重试。已过期、已关闭或已支付的支付会显示说明页面，而不是付款表单。
      </li>
      <li>
        完成后浏览器被重定向到商户的 <C>returnUrl</C>，同时 <C>notifyUrl</C> 收到通知。
      </li>
    </Ol>
  ),
  returnRules: (
    <Ul>
      <li>
        它可能根本不会发生（顾客关闭了页面、网络中断、银行页面以“您可以关闭本页”结束），任何人也都能手动打开它。不要因为顾客回到该页面就把订单标记为已支付。
      </li>
      <li>
        在该页面上按商户自己的记录显示订单状态；尚未确定时，用{" "}
        <A href="#get-payment">GET /api/v1/payments/{"{orderId}"}</A> 查询，在通知或查询结果为{" "}
        <C>succeeded</C> 之前显示“处理中”。
      </li>
      <li>把商户自己的订单号放进 returnUrl；不要依赖网关附加任何参数。</li>
    </Ul>
  ),
};

const COPY = { en, zh };

export function Checkout({ lang }: { lang: Lang }) {
  const t = COPY[lang];
  return (
    <Chapter id="checkout" lang={lang}>
      {t.intro}
      <Section id="checkout-flow" lang={lang}>
        <Code code={FLOW} />
        {t.steps}
      </Section>
      <Section id="return-url" lang={lang}>
        {t.returnRules}
      </Section>
    </Chapter>
  );
}
