import { NODE_NOTIFY } from "../examples/published";
import type { Lang } from "../lang";
import { C, Chapter, Code, H4, P, Section, Table } from "../primitives";
import { NotificationHandling } from "./notification-handling";

const REQUEST = `POST /paylane/notify HTTP/1.1
Host: shop.example
Content-Type: application/json; charset=utf-8
User-Agent: Paylane-Notify/1
Paylane-Timestamp: 1795320192
Paylane-Nonce: 3f9c1a7be24d4e0c9a51d8f2b6e07c11
Paylane-Signature: kM2x…Q==

{"id": "evt_01jd8x2m4n5p6q7r8s9t0v1w2x", "type": "payment.succeeded", "createdAt": "2026-11-22T08:03:12.500Z",
 "data": {"id": "pay_01jd8x2k3m4n5p6q7r8s9t0v1w", "orderId": "A1001", "amount": 1999, "currency": "CNY",
          "subject": "Blue mug", "status": "succeeded", "method": "bank_card", "bank": "icmb", "…": "…"}}`;

const OTHER_LANGUAGES = `# Python (Flask): the raw body, before any JSON parsing
ok = verify_paylane_signature(platform_key, request.headers.get("Paylane-Timestamp"),
                              request.headers.get("Paylane-Nonce"), request.headers.get("Paylane-Signature"),
                              request.get_data())

// PHP
$ok = paylane_verify($platformKey, $_SERVER['HTTP_PAYLANE_TIMESTAMP'] ?? null, $_SERVER['HTTP_PAYLANE_NONCE'] ?? null,
                     $_SERVER['HTTP_PAYLANE_SIGNATURE'] ?? null, file_get_contents('php://input'));

// Java: the raw body as byte[]
boolean ok = PaylaneExample.verifyPaylaneSignature(platformKey, timestamp, nonce, signature, rawBody);`;

const EVENTS = {
  en: [
    ["payment.succeeded", "the payment object", "The payment succeeded."],
    ["payment.failed", "the payment object", "The payment can no longer be paid."],
    ["payment.expired", "the payment object", "expiresAt passed before it was paid."],
    ["refund.succeeded", "the refund object", "The money is back with the payer."],
    ["refund.failed", "the refund object", "The refund failed; its amount is refundable again."],
  ],
  zh: [
    ["payment.succeeded", "支付对象", "支付成功。"],
    ["payment.failed", "支付对象", "支付已无法完成。"],
    ["payment.expired", "支付对象", "到 expiresAt 仍未支付。"],
    ["refund.succeeded", "退款对象", "款项已退回付款人。"],
    ["refund.failed", "退款对象", "退款失败；该金额可再次退款。"],
  ],
};

export function Notifications({ lang }: { lang: Lang }) {
  const en = lang === "en";
  return (
    <Chapter id="notifications" lang={lang}>
      <P>
        {en ? (
          <>
            When a payment or a refund reaches a final status, the gateway POSTs a signed JSON event to the
            payment&apos;s <C>notifyUrl</C>. Closing a payment sends none (your close request already has the
            answer).
          </>
        ) : (
          <>
            支付或退款到达最终状态时，网关向该支付的 <C>notifyUrl</C> POST 一个签名的 JSON
            事件。关闭支付不发送通知（关闭请求的响应即是结果）。
          </>
        )}
      </P>
      <Section id="notification-body" lang={lang}>
        <P>
          {en ? (
            <>
              The body is <C>{`{"id": "evt_…", "type": "…", "createdAt": "…", "data": {…}}`}</C>: <C>id</C>{" "}
              identifies the event (the same on every retry and resend), <C>data</C> is the payment or refund
              object as <C>GET</C> would have returned it then.
            </>
          ) : (
            <>
              正文为 <C>{`{"id": "evt_…", "type": "…", "createdAt": "…", "data": {…}}`}</C>：<C>id</C>{" "}
              标识事件（每次重试和重发都相同），<C>data</C> 是当时 <C>GET</C> 会返回的支付或退款对象。
            </>
          )}
        </P>
        <Table
          id="event-types"
          caption={en ? "Event types" : "事件类型"}
          columns={en ? ["type", "data", "meaning"] : ["type", "data", "含义"]}
          rows={EVENTS[lang].map(([type, data, meaning]) => [<C key="t">{type}</C>, data, meaning])}
        />
        <H4>{en ? "A notification as sent (shortened)" : "通知原文（已截短）"}</H4>
        <Code code={REQUEST} />
      </Section>
      <Section id="notification-verify" lang={lang}>
        <P>
          {en ? (
            <>
              A notification is signed exactly like a response: verify <C>Paylane-Signature</C> over{" "}
              <C>&quot;&lt;timestamp&gt;\n&lt;nonce&gt;\n&lt;body&gt;\n&quot;</C> with the platform key, using
              the raw request body before parsing it. Answer a non-2xx status to one that does not verify.
              Every attempt is signed when it is sent, so you may also refuse one whose timestamp is more than
              a few minutes from your clock. A receiver in Node, with <C>verifyPaylaneSignature</C> from{" "}
              <C>paylane.mjs</C>:
            </>
          ) : (
            <>
              通知的签名方式与响应完全相同：用平台公钥、以解析前的原始请求正文验证{" "}
              <C>&quot;&lt;timestamp&gt;\n&lt;nonce&gt;\n&lt;body&gt;\n&quot;</C> 上的{" "}
              <C>Paylane-Signature</C>
              。验证不通过的通知请返回非 2xx
              状态码。每次投递都在发送时签名，因此也可以拒绝时间戳与本机时钟相差数分钟以上的通知。以下 Node
              接收端使用 <C>paylane.mjs</C> 中的 <C>verifyPaylaneSignature</C>：
            </>
          )}
        </P>
        <Code
          code={NODE_NOTIFY}
          title="notify.mjs"
          download="/docs/notify.mjs"
          downloadLabel={en ? "Download notify.mjs" : "下载 notify.mjs"}
        />
        <H4>{en ? "The same check in the other examples" : "其他示例中的同一校验"}</H4>
        <Code code={OTHER_LANGUAGES} />
      </Section>
      <NotificationHandling lang={lang} />
    </Chapter>
  );
}
