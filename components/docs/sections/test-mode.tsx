import type { ReactNode } from "react";
import type { Lang } from "../lang";
import { C, Chapter, P, Section, Table, Ul } from "../primitives";

/** The test cards of shared/spec/merchant-api.md, word for word in English. */
export const TEST_CARDS = [
  { card: "6222020000000001", en: "approved", zh: "批准" },
  { card: "6222020000000002", en: "declined: insufficient funds", zh: "拒绝：余额不足" },
  {
    card: "6222020000000003",
    en: "approved, but neither the bank's notification nor the shopper's return reaches the gateway (the bank page says \"done, you may close this page\"); the gateway must find out by querying the bank, within 2 minutes",
    zh: "批准，但银行的通知和顾客的返回都不会到达网关（银行页面显示“完成，您可以关闭本页”）；网关须通过查询银行得知结果，在 2 分钟内",
  },
  {
    card: "6222020000000004",
    en: "the bank answers slowly (about 5 s) and then approves",
    zh: "银行响应缓慢（约 5 秒），随后批准",
  },
] as const;

type Copy = {
  intro: ReactNode;
  caption: string;
  columns: string[];
  anyCard: ReactNode;
  anyCardOutcome: ReactNode;
  prepaid: ReactNode;
  meaning: ReactNode;
  banks: ReactNode;
};

const en: Copy = {
  intro: (
    <P>
      A Paylane set-up for development, testing or demonstration ships mock banks instead of real ones. Every
      mock bank accepts these cards, with the password <C>123456</C> unless stated:
    </P>
  ),
  caption: "Test bank cards",
  columns: ["card number", "outcome"],
  anyCard: (
    <>
      any card, password other than <C>123456</C>
    </>
  ),
  anyCardOutcome: "declined: wrong password",
  prepaid: (
    <P>
      Prepaid test card: number <C>9000000000000001</C>, PIN <C>654321</C>, balance ¥1,000.00. For wallet
      payments, sign up for a Paylane wallet on this site and pay with its email and password.
    </P>
  ),
  meaning: (
    <Ul>
      <li>
        With <C>6222020000000003</C> your <C>returnUrl</C> is never visited; the payment still becomes{" "}
        <C>succeeded</C> within about 2 minutes and you get the notification. Use it to test that you do not
        depend on the redirect.
      </li>
      <li>
        With <C>6222020000000002</C> or a wrong password the payment stays <C>pending</C> and the shopper can
        try again.
      </li>
    </Ul>
  ),
  banks: (
    <P>
      The mock banks are separate systems, like real banks: each has its own state (cards, balances, its own
      transaction records), its own keys, its own online-banking pages and its own wire protocol, and the
      gateway reaches them only through its bank connectors. Your integration never talks to them: you use the
      same merchant API, and the result reaches you the same way as in production.
    </P>
  ),
};

const zh: Copy = {
  intro: (
    <P>
      用于开发、测试或演示的 Paylane
      环境以模拟银行代替真实银行。每家模拟银行都接受以下卡号，除特别说明外密码均为 <C>123456</C>：
    </P>
  ),
  caption: "测试银行卡",
  columns: ["卡号", "结果"],
  anyCard: (
    <>
      任意卡号，密码不是 <C>123456</C>
    </>
  ),
  anyCardOutcome: "拒绝：密码错误",
  prepaid: (
    <P>
      预付卡测试卡：卡号 <C>9000000000000001</C>，PIN <C>654321</C>，余额
      ¥1,000.00。测试钱包支付时，请在本站注册 Paylane 钱包，用其邮箱和密码付款。
    </P>
  ),
  meaning: (
    <Ul>
      <li>
        使用 <C>6222020000000003</C> 时，<C>returnUrl</C> 永远不会被访问；支付仍会在约 2 分钟内变为{" "}
        <C>succeeded</C>，商户也会收到通知。可用它检验集成是否依赖跳转。
      </li>
      <li>
        使用 <C>6222020000000002</C> 或错误密码时，支付保持 <C>pending</C>，顾客可以重试。
      </li>
    </Ul>
  ),
  banks: (
    <P>
      模拟银行与真实银行一样是独立的系统：各自有自己的状态（卡、余额、自己的交易记录）、自己的密钥、自己的网银页面和自己的报文协议，网关只通过银行连接器与它们通信。商户的集成从不直接与它们交互：使用同一套商户接口，结果也以与生产环境相同的方式送达。
    </P>
  ),
};

const COPY = { en, zh };

export function TestMode({ lang }: { lang: Lang }) {
  const t = COPY[lang];
  const rows: ReactNode[][] = [
    ...TEST_CARDS.map((c) => [<C key="c">{c.card}</C>, c[lang]]),
    [t.anyCard, t.anyCardOutcome],
  ];
  return (
    <Chapter id="test-mode" lang={lang}>
      <Section id="test-cards" lang={lang}>
        {t.intro}
        <Table id="test-card-table" caption={t.caption} columns={t.columns} rows={rows} />
        {t.meaning}
        {t.prepaid}
      </Section>
      <Section id="mock-banks" lang={lang}>
        {t.banks}
      </Section>
    </Chapter>
  );
}
