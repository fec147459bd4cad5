import type { ReactNode } from "react";
import type { Lang } from "../lang";
import { A, C, Code, H4, P, Section, Ul } from "../primitives";

const CANONICAL = `<METHOD>\\n<path with query, exactly as sent>\\n<timestamp>\\n<nonce>\\n<body>\\n`;
const CANONICAL_GET = `"GET\\n/api/v1/payments/A1001\\n1795320000\\nq8Fz2LmN0pXr7sTu\\n\\n"`;
const CANONICAL_POST = `"POST\\n/api/v1/refunds\\n1795320000\\nZr4Pq9Xw2LmN8sTu\\n{\\"orderId\\":\\"A1001\\",\\"refundId\\":\\"R1001-1\\",\\"amount\\":500}\\n"`;
const RESPONSE_HEADERS = `Paylane-Timestamp: <unix seconds>
Paylane-Nonce: <random>
Paylane-Signature: <base64 RSA-SHA256 by the platform key over "<timestamp>\\n<nonce>\\n<body>\\n">`;

type Copy = {
  canonical: ReactNode;
  parts: ReactNode;
  exampleGet: string;
  examplePost: string;
  mistakes: ReactNode;
  clock: ReactNode;
  responses: ReactNode;
  verifySteps: ReactNode;
};

const en: Copy = {
  canonical: (
    <P>
      The signature covers this string, encoded as UTF-8 (<C>\n</C> is a line feed, byte 0x0A):
    </P>
  ),
  parts: (
    <Ul>
      <li>
        <C>METHOD</C>: upper case, <C>GET</C> or <C>POST</C>.
      </li>
      <li>
        The path with its query string, exactly as it appears in the request line: no scheme, no host, no
        re-encoding (for example <C>/api/v1/statements/2026-11-22</C>).
      </li>
      <li>
        <C>timestamp</C> and <C>nonce</C>: the very values of the header.
      </li>
      <li>
        <C>body</C>: the raw request body, byte for byte as sent. Empty for <C>GET</C> and for a <C>POST</C>{" "}
        without a body (such as close), so the string then ends with two line feeds.
      </li>
      <li>Every part is followed by a line feed, the last one included.</li>
    </Ul>
  ),
  exampleGet: "GET /api/v1/payments/A1001 with timestamp 1795320000 and nonce q8Fz2LmN0pXr7sTu",
  examplePost: "POST /api/v1/refunds with a body (written as a JSON string literal)",
  mistakes: (
    <Ul>
      <li>
        Serialising the JSON twice (once to sign, once again to send) or letting the HTTP library pretty-print
        it: sign the exact string you send.
      </li>
      <li>
        <C>curl -d</C> strips newlines from files; use <C>--data-binary @file</C>.
      </li>
      <li>Forgetting the final line feed, using CRLF, or signing the full URL instead of the path.</li>
    </Ul>
  ),
  clock: (
    <Ul>
      <li>
        The timestamp must be within <strong>300 seconds</strong> of the gateway&apos;s clock, otherwise{" "}
        <C>401 timestamp_out_of_range</C>. Keep your servers&apos; clocks synchronised (NTP).
      </li>
      <li>
        The nonce is 16–64 characters of <C>[A-Za-z0-9]</C> and must be{" "}
        <strong>unique per merchant for 15 minutes</strong>: the gateway remembers each nonce that long and
        refuses a repeat with <C>401 nonce_reused</C>. Use 16 random bytes from a secure generator,
        hex-encoded (32 characters), for every request, retries included.
      </li>
      <li>Together they make a captured request useless: it is too old, or its nonce is already used.</li>
    </Ul>
  ),
  responses: (
    <P>
      Every response to a signed request, errors included, and every notification carries three headers. The
      signature is made by the platform key over{" "}
      <C>&quot;&lt;timestamp&gt;\n&lt;nonce&gt;\n&lt;body&gt;\n&quot;</C>, where body is the raw response body
      (JSON, or CSV for statements), with a fresh timestamp and nonce each time. Two answers carry no
      signature: a <C>401 signature_invalid</C> when the gateway cannot tell which merchant is asking
      (malformed header, unknown merchant or key), and a <C>500</C> in the rare case that signing itself
      failed.
    </P>
  ),
  verifySteps: (
    <Ul>
      <li>
        Read the raw body bytes before parsing them; build{" "}
        <C>timestamp + &quot;\n&quot; + nonce + &quot;\n&quot; + body + &quot;\n&quot;</C> from the header
        values and those bytes.
      </li>
      <li>
        Verify it as RSASSA-PKCS1-v1_5 with SHA-256 against the base64-decoded <C>Paylane-Signature</C>, with
        the <A href="#platform-key">platform key</A>.
      </li>
      <li>
        Do not act on the body of a response whose signature is missing or wrong: it may not come from
        Paylane. An unsigned <C>401</C> means your merchant id, key id or key is wrong; otherwise retry, or{" "}
        <C>GET</C> the object later. You may also refuse responses whose timestamp is far from your clock.
      </li>
    </Ul>
  ),
};

const zh: Copy = {
  canonical: (
    <P>
      签名覆盖以下字符串，按 UTF-8 编码（<C>\n</C> 为换行符，字节 0x0A）：
    </P>
  ),
  parts: (
    <Ul>
      <li>
        <C>METHOD</C>：大写，<C>GET</C> 或 <C>POST</C>。
      </li>
      <li>
        路径及查询串，与请求行中的完全一致：不含协议和主机名，不重新编码（例如{" "}
        <C>/api/v1/statements/2026-11-22</C>）。
      </li>
      <li>
        <C>timestamp</C> 与 <C>nonce</C>：与请求头中的值完全相同。
      </li>
      <li>
        <C>body</C>：原始请求正文，与发送的字节完全一致。<C>GET</C> 以及无正文的 <C>POST</C>
        （如关闭支付）为空，此时字符串以两个换行符结尾。
      </li>
      <li>每一部分后面都跟一个换行符，最后一部分也不例外。</li>
    </Ul>
  ),
  exampleGet: "GET /api/v1/payments/A1001，时间戳 1795320000，随机串 q8Fz2LmN0pXr7sTu",
  examplePost: "带正文的 POST /api/v1/refunds（以 JSON 字符串字面量表示）",
  mistakes: (
    <Ul>
      <li>
        JSON 序列化了两次（签名一次、发送时又一次），或 HTTP 库重新格式化了正文：请对实际发送的字符串签名。
      </li>
      <li>
        <C>curl -d</C> 会删除文件中的换行；请使用 <C>--data-binary @file</C>。
      </li>
      <li>漏掉最后的换行符、使用 CRLF，或对完整 URL 而不是路径签名。</li>
    </Ul>
  ),
  clock: (
    <Ul>
      <li>
        时间戳与网关时钟相差不得超过 <strong>300 秒</strong>，否则返回 <C>401 timestamp_out_of_range</C>
        。请保持服务器时钟同步（NTP）。
      </li>
      <li>
        随机串为 16–64 个 <C>[A-Za-z0-9]</C> 字符，且<strong>同一商户 15 分钟内不得重复</strong>
        ：网关会记住每个随机串 15 分钟，重复使用返回 <C>401 nonce_reused</C>
        。每个请求（包括重试）都用安全随机数生成器产生 16 个字节，再做十六进制编码（32 个字符）。
      </li>
      <li>两者结合，截获的请求无法重放：要么已过期，要么随机串已被使用。</li>
    </Ul>
  ),
  responses: (
    <P>
      对签名请求的每个响应（包括错误响应）和每条通知都带有以下三个头。签名由平台私钥对{" "}
      <C>&quot;&lt;timestamp&gt;\n&lt;nonce&gt;\n&lt;body&gt;\n&quot;</C> 生成，其中 body
      为原始响应正文（JSON，对账单则为
      CSV），每次使用新的时间戳和随机串。只有两种应答不带签名：网关无法判断请求来自哪个商户时（请求头格式错误、商户或密钥不存在）的{" "}
      <C>401 signature_invalid</C>，以及签名本身失败这种罕见情况下的 <C>500</C>。
    </P>
  ),
  verifySteps: (
    <Ul>
      <li>
        先取得原始正文字节再解析；用头中的值和这些字节拼出{" "}
        <C>timestamp + &quot;\n&quot; + nonce + &quot;\n&quot; + body + &quot;\n&quot;</C>。
      </li>
      <li>
        用<A href="#platform-key">平台公钥</A>按 RSASSA-PKCS1-v1_5（SHA-256）验证 base64 解码后的{" "}
        <C>Paylane-Signature</C>。
      </li>
      <li>
        签名缺失或错误的响应可能并非来自 Paylane：不要依据其正文操作。不带签名的 <C>401</C>{" "}
        表示商户号、密钥号或密钥有误；其他情况请重试，或稍后 <C>GET</C>{" "}
        该对象。也可以拒绝时间戳与本机时钟相差过大的响应。
      </li>
    </Ul>
  ),
};

const COPY = { en, zh };

export function AuthRules({ lang }: { lang: Lang }) {
  const t = COPY[lang];
  return (
    <>
      <Section id="canonical-string" lang={lang}>
        {t.canonical}
        <Code code={CANONICAL} />
        {t.parts}
        <H4>{t.exampleGet}</H4>
        <Code code={CANONICAL_GET} />
        <H4>{t.examplePost}</H4>
        <Code code={CANONICAL_POST} />
        <H4>{lang === "en" ? "Common mistakes" : "常见错误"}</H4>
        {t.mistakes}
      </Section>
      <Section id="clock-and-nonce" lang={lang}>
        {t.clock}
      </Section>
      <Section id="response-signatures" lang={lang}>
        {t.responses}
        <Code code={RESPONSE_HEADERS} />
        {t.verifySteps}
      </Section>
    </>
  );
}
