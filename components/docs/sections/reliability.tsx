import type { ReactNode } from "react";
import type { Lang } from "../lang";
import { C, P, Section, Table, Ul } from "../primitives";

type Copy = {
  idempotency: ReactNode;
  retryCaption: string;
  retryColumns: string[];
  retryRows: [string, string, string][];
  rateLimit: ReactNode;
};

const en: Copy = {
  idempotency: (
    <>
      <P>
        Creating a payment or a refund is idempotent on your own identifier. Sending{" "}
        <C>POST /api/v1/payments</C> again with the same <C>orderId</C> and the same parameters answers{" "}
        <C>200</C> with the payment made the first time (which answered <C>201</C>); with different
        parameters, <C>409 order_conflict</C> and nothing changes. <C>POST /api/v1/refunds</C> works the same
        way on <C>refundId</C>. This holds for duplicates sent at the same moment too: exactly one payment or
        refund is made.
      </P>
      <Ul>
        <li>
          &quot;The same parameters&quot; means the same field values (key order and spacing do not matter; an
          optional field you left out must stay out). Simplest: keep the JSON body you sent and send it again.
        </li>
        <li>
          Every retry is a new request: new timestamp, new nonce, new signature. Never resend an old{" "}
          <C>Authorization</C> header.
        </li>
        <li>
          <C>GET</C> requests change nothing and are always safe to repeat. When you do not know whether an
          earlier request worked (for example, a close that timed out), <C>GET</C> the object and look.
        </li>
      </Ul>
    </>
  ),
  retryCaption: "What to do with each outcome",
  retryColumns: ["outcome", "retry?", "what to do"],
  retryRows: [
    [
      "network error, timeout, 500 internal_error",
      "yes",
      "Retry the same body, freshly signed, with a growing delay. A 500 changed nothing.",
    ],
    ["429 rate_limited", "yes", "Wait for the seconds in Retry-After, then retry, freshly signed."],
    [
      "401 timestamp_out_of_range",
      "after fixing",
      "Your clock is off by more than 300 s: sync it (NTP), then retry.",
    ],
    [
      "401 nonce_reused",
      "after fixing",
      "Your nonces repeat: use 16 random bytes, hex-encoded, for each request.",
    ],
    [
      "400, 401 signature_invalid, 403, 404, 409, 422",
      "no",
      "The request itself is wrong or refused: fix it, or handle the refusal.",
    ],
  ],
  rateLimit: (
    <P>
      Each merchant may send up to <strong>60 requests per second</strong> by default (all of its keys
      together; operators can configure a merchant&apos;s limit). Above it the gateway answers{" "}
      <C>429 rate_limited</C> with a <C>Retry-After</C> header, in seconds: wait at least that long before
      retrying. Spread batch work over time, and rely on notifications instead of polling.
    </P>
  ),
};

const zh: Copy = {
  idempotency: (
    <>
      <P>
        创建支付与创建退款按商户自己的标识符幂等。以相同的 <C>orderId</C> 和相同的参数再次调用{" "}
        <C>POST /api/v1/payments</C>，网关返回 <C>200</C> 和第一次（返回 <C>201</C>
        ）创建的那笔支付；参数不同则返回 <C>409 order_conflict</C>，且不做任何改动。
        <C>POST /api/v1/refunds</C> 以 <C>refundId</C>{" "}
        同样处理。即使重复请求同时到达也成立：只会产生一笔支付或退款。
      </P>
      <Ul>
        <li>
          “相同的参数”指字段值相同（与键的顺序和空白无关；第一次省略的可选字段重试时也要省略）。最简单的做法：保存发出的
          JSON 正文，重试时原样再发。
        </li>
        <li>
          每次重试都是一个新请求：新的时间戳、新的随机串、新的签名。不要重发旧的 <C>Authorization</C> 头。
        </li>
        <li>
          <C>GET</C> 请求不改变任何数据，随时可以重复。不确定之前的请求是否成功时（例如关闭支付超时），
          <C>GET</C> 该对象查看即可。
        </li>
      </Ul>
    </>
  ),
  retryCaption: "各种结果的处理方式",
  retryColumns: ["结果", "可重试？", "处理方式"],
  retryRows: [
    [
      "网络错误、超时、500 internal_error",
      "是",
      "用相同正文重新签名后重试，间隔逐步加长。500 表示没有任何改动。",
    ],
    ["429 rate_limited", "是", "等待 Retry-After 所示秒数后重新签名重试。"],
    ["401 timestamp_out_of_range", "修正后", "本机时钟偏差超过 300 秒：校准时钟（NTP）后重试。"],
    ["401 nonce_reused", "修正后", "随机串出现重复：每个请求使用 16 个随机字节的十六进制编码。"],
    [
      "400、401 signature_invalid、403、404、409、422",
      "否",
      "请求本身有误或被拒绝：修正请求，或按拒绝处理。",
    ],
  ],
  rateLimit: (
    <P>
      默认每个商户每秒最多 <strong>60 个请求</strong>
      （该商户所有密钥合计；运营人员可为商户单独配置）。超出时网关返回 <C>
        429 rate_limited
      </C> 和以秒为单位的 <C>Retry-After</C>{" "}
      头：至少等待这么久再重试。批量任务请分散时间执行，并以异步通知代替轮询。
    </P>
  ),
};

const COPY = { en, zh };

export function Reliability({ lang }: { lang: Lang }) {
  const t = COPY[lang];
  return (
    <>
      <Section id="idempotency" lang={lang}>
        {t.idempotency}
        <Table id="retry-table" caption={t.retryCaption} columns={t.retryColumns} rows={t.retryRows} />
      </Section>
      <Section id="rate-limit" lang={lang}>
        {t.rateLimit}
      </Section>
    </>
  );
}
