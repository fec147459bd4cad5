import type { ReactNode } from "react";
import type { Lang } from "../lang";
import { A, C, Chapter, Code, H4, P, Section, Ul } from "../primitives";
import { AuthRules } from "./auth-rules";

export const HEADER_FORMAT = `Authorization: PAYLANE-RSA-SHA256 merchant_id="<merchantId>",key_id="<keyId>",timestamp="<unix seconds>",nonce="<16-64 chars [A-Za-z0-9]>",signature="<base64>"`;

const KEYGEN = `# Your key pair: keep merchant.pem secret, register merchant.pub.pem in the dashboard.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out merchant.pem
openssl pkey -in merchant.pem -pubout -out merchant.pub.pem

# A PKCS#1 key ("BEGIN RSA PRIVATE KEY") converts to PKCS#8 ("BEGIN PRIVATE KEY") like this:
openssl pkcs8 -topk8 -nocrypt -in rsa-key.pem -out merchant.pem`;

const HEADER_EXAMPLE = `Authorization: PAYLANE-RSA-SHA256 merchant_id="M100001",key_id="key_1",timestamp="1795320000",nonce="q8Fz2LmN0pXr7sTu",signature="TJFs0sue…GJuVZQ=="`;

type Copy = {
  keys: ReactNode;
  keygen: ReactNode;
  platform: ReactNode;
  header: ReactNode;
  headerRules: ReactNode;
};

const en: Copy = {
  keys: (
    <>
      <P>
        Every approved merchant has a <C>merchantId</C> and registers one or more RSA public keys in the
        dashboard; each gets a <C>keyId</C>. Requirements: RSA, <strong>2048 bits or more</strong>, PEM, SPKI
        (<C>-----BEGIN PUBLIC KEY-----</C>). The private key never leaves your server. With several keys you
        can rotate: register the new key, switch your servers to it, then revoke the old one (requests signed
        with a revoked key answer <C>401 signature_invalid</C>).
      </P>
    </>
  ),
  keygen: (
    <P>
      The examples read a PKCS#8 private key (<C>-----BEGIN PRIVATE KEY-----</C>), which is what{" "}
      <C>openssl genpkey</C> writes; Java needs that form, the others also accept PKCS#1.
    </P>
  ),
  platform: (
    <P>
      The gateway has its own RSA key pair. Its public key, the <strong>platform key</strong>, is shown in the
      dashboard and served at <A href="#platform-key">GET /api/v1/platform-key</A>. You verify every response
      and every notification with it.
    </P>
  ),
  header: <P>Every request carries exactly one header of this form:</P>,
  headerRules: (
    <Ul>
      <li>
        The scheme <C>PAYLANE-RSA-SHA256</C>, one space, then the five parameters in this order, separated by
        commas without spaces, each value in double quotes.
      </li>
      <li>
        <C>timestamp</C> is the Unix time in whole seconds; <C>nonce</C> is 16–64 characters of{" "}
        <C>[A-Za-z0-9]</C>.
      </li>
      <li>
        <C>signature</C> is the standard base64 (with <C>+</C>, <C>/</C> and <C>=</C> padding, no line breaks)
        of an RSASSA-PKCS1-v1_5 signature with SHA-256, made with your private key over the canonical string
        below.
      </li>
    </Ul>
  ),
};

const zh: Copy = {
  keys: (
    <P>
      每个审核通过的商户都有一个 <C>merchantId</C>，并在商户后台登记一个或多个 RSA 公钥；每个公钥对应一个{" "}
      <C>keyId</C>。要求：RSA，<strong>不少于 2048 位</strong>，PEM 格式，SPKI（
      <C>-----BEGIN PUBLIC KEY-----</C>
      ）。私钥只保存在商户服务器上。登记多个密钥即可轮换：登记新密钥，服务器改用新密钥，再吊销旧密钥（用已吊销密钥签名的请求返回{" "}
      <C>401 signature_invalid</C>）。
    </P>
  ),
  keygen: (
    <P>
      示例读取 PKCS#8 格式的私钥（<C>-----BEGIN PRIVATE KEY-----</C>），即 <C>openssl genpkey</C>{" "}
      生成的格式；Java 必须使用这种格式，其他示例也接受 PKCS#1。
    </P>
  ),
  platform: (
    <P>
      网关有自己的 RSA 密钥对。其公钥即<strong>平台公钥</strong>，显示在商户后台，也可通过{" "}
      <A href="#platform-key">GET /api/v1/platform-key</A> 获取。每个响应和每条通知都要用它验证。
    </P>
  ),
  header: <P>每个请求都带有且仅带一个如下格式的请求头：</P>,
  headerRules: (
    <Ul>
      <li>
        先写方案名 <C>PAYLANE-RSA-SHA256</C>{" "}
        和一个空格，再按此顺序写五个参数，以逗号分隔、逗号后无空格，每个值用双引号括起。
      </li>
      <li>
        <C>timestamp</C> 为整数秒的 Unix 时间；<C>nonce</C> 为 16–64 个 <C>[A-Za-z0-9]</C> 字符。
      </li>
      <li>
        <C>signature</C> 是用商户私钥对下文待签名字符串做的 RSASSA-PKCS1-v1_5（SHA-256）签名，经标准 base64
        编码（含 <C>+</C>、<C>/</C> 与 <C>=</C> 填充，不换行）。
      </li>
    </Ul>
  ),
};

const COPY = { en, zh };

export function Authentication({ lang }: { lang: Lang }) {
  const t = COPY[lang];
  return (
    <Chapter id="authentication" lang={lang}>
      <Section id="keys" lang={lang}>
        {t.keys}
        <Code code={KEYGEN} title="openssl" />
        {t.keygen}
        {t.platform}
      </Section>
      <Section id="authorization-header" lang={lang}>
        {t.header}
        <Code code={HEADER_FORMAT} />
        {t.headerRules}
        <H4>{lang === "en" ? "Example (signature shortened)" : "示例（签名已截短）"}</H4>
        <Code code={HEADER_EXAMPLE} />
      </Section>
      <AuthRules lang={lang} />
    </Chapter>
  );
}
