import type { ReactNode } from "react";
import type { Lang } from "../lang";
import { C, P, Section, Table, Ul } from "../primitives";

const DELAYS = ["15 s", "1 min", "5 min", "15 min", "1 h", "3 h", "6 h", "12 h", "24 h"];

type Copy = {
  ack: ReactNode;
  caption: string;
  columns: string[];
  first: string;
  after: (delay: string) => string;
  afterSchedule: ReactNode;
  reachable: ReactNode;
  handling: ReactNode;
};

const en: Copy = {
  ack: (
    <P>
      Acknowledge a notification by answering any <C>2xx</C> status within <strong>10 seconds</strong>; the
      response body is ignored. Anything else counts as a failed attempt: another status, a timeout, a
      connection error, or a redirect (redirects are not followed). The gateway then retries the same event,
      with the same <C>id</C>, with growing delays:
    </P>
  ),
  caption: "Delivery attempts of one event",
  columns: ["attempt", "sent"],
  first: "at once",
  after: (delay) => `${delay} after the previous attempt failed`,
  afterSchedule: (
    <P>
      That is 10 attempts over about 46 hours; the contract guarantees at least 8 attempts over at least 24
      hours. Attempts survive restarts of the gateway. The dashboard lists every attempt with its status,
      latency and response, and lets you resend an event (same <C>id</C>) once your endpoint is fixed.
    </P>
  ),
  reachable: (
    <P>
      <C>notifyUrl</C> must be reachable from the Internet. In production the gateway refuses URLs that
      resolve to loopback, private or link-local addresses, both when the payment is created (
      <C>400 invalid_request</C>, field <C>notifyUrl</C>) and when it delivers. In development and test
      set-ups local URLs are allowed.
    </P>
  ),
  handling: (
    <Ul>
      <li>
        Notifications may arrive <strong>more than once</strong> (retries, resends): deduplicate by <C>id</C>,
        for example with a unique index on it.
      </li>
      <li>
        They may arrive <strong>out of order</strong> (a retried <C>payment.succeeded</C> after a{" "}
        <C>refund.succeeded</C>): do not infer state from their order. Trust{" "}
        <C>GET /api/v1/payments/{"{orderId}"}</C> (or <C>GET /api/v1/refunds/{"{refundId}"}</C>), and check
        amount and currency against your order before you ship.
      </li>
      <li>Answer quickly: record the event, answer 2xx, and do slow work afterwards.</li>
      <li>
        If a notification is late (your server was down), the <C>GET</C> still tells the truth: query pending
        orders that are older than you expect.
      </li>
    </Ul>
  ),
};

const zh: Copy = {
  ack: (
    <P>
      在 <strong>10 秒</strong>内返回任意 <C>2xx</C>{" "}
      状态码即表示确认收到；响应正文会被忽略。其他情况均视为一次失败的投递：其他状态码、超时、连接错误或重定向（不跟随重定向）。之后网关以逐步加长的间隔重试同一事件（
      <C>id</C> 不变）：
    </P>
  ),
  caption: "同一事件的投递尝试",
  columns: ["次数", "发送时间"],
  first: "立即",
  after: (delay) => `上一次失败后 ${delay}`,
  afterSchedule: (
    <P>
      即约 46 小时内共 10 次尝试；接口约定保证至少 24 小时内至少 8
      次尝试。网关重启不影响重试。商户后台列出每次尝试的状态、耗时和响应，修复接收端后可在后台重发事件（
      <C>id</C> 不变）。
    </P>
  ),
  reachable: (
    <P>
      <C>notifyUrl</C> 必须可从公网访问。生产环境中，解析到回环、内网或链路本地地址的 URL
      会被拒绝：创建支付时返回 <C>400 invalid_request</C>（field 为 <C>notifyUrl</C>
      ），投递时也会拒绝。开发和测试环境允许本地 URL。
    </P>
  ),
  handling: (
    <Ul>
      <li>
        通知可能<strong>重复到达</strong>（重试、重发）：按 <C>id</C> 去重，例如为其建立唯一索引。
      </li>
      <li>
        通知可能<strong>乱序到达</strong>（重试的 <C>payment.succeeded</C> 晚于 <C>refund.succeeded</C>
        ）：不要根据到达顺序推断状态。以 <C>GET /api/v1/payments/{"{orderId}"}</C>（或{" "}
        <C>GET /api/v1/refunds/{"{refundId}"}</C>）为准，发货前核对金额与币种。
      </li>
      <li>尽快应答：先记录事件并返回 2xx，耗时的处理放到之后。</li>
      <li>
        若通知迟到（服务器曾宕机），<C>GET</C> 仍能给出真实状态：定期查询超出预期时间仍未完成的订单。
      </li>
    </Ul>
  ),
};

const COPY = { en, zh };

export function NotificationHandling({ lang }: { lang: Lang }) {
  const t = COPY[lang];
  const rows = [["1", t.first], ...DELAYS.map((delay, i) => [String(i + 2), t.after(delay)])];
  return (
    <>
      <Section id="notification-retries" lang={lang}>
        {t.ack}
        <Table id="notification-schedule" caption={t.caption} columns={t.columns} rows={rows} />
        {t.afterSchedule}
        {t.reachable}
      </Section>
      <Section id="notification-handling" lang={lang}>
        {t.handling}
      </Section>
    </>
  );
}
