import type { ReactNode } from "react";
import { CURL_CREATE_PAYMENT, CURL_GET_PAYMENT, curlSetup } from "../examples/curl";
import {
  JAVA_CLIENT,
  NODE_CLIENT,
  PHP_CLIENT,
  PYTHON_CLIENT,
  SIGN_SCRIPT,
  VERIFY_SCRIPT,
} from "../examples/published";
import type { Lang } from "../lang";
import { C, Chapter, Code, H4, P, Section } from "../primitives";

const USE_NODE = `node paylane.mjs GET /api/v1/payments/A1001

// or, from your code:
import { configFromEnv, paylane } from "./paylane.mjs";
const { status, body } = await paylane(configFromEnv(), "POST", "/api/v1/payments", {
  orderId: "A1001", amount: 1999, subject: "Blue mug",
  notifyUrl: "https://shop.example/paylane/notify", returnUrl: "https://shop.example/orders/A1001",
});`;

const USE_PYTHON = `python paylane.py GET /api/v1/payments/A1001

# or, from your code:
from paylane import paylane
status, payment = paylane("POST", "/api/v1/payments", {
    "orderId": "A1001", "amount": 1999, "subject": "Blue mug",
    "notifyUrl": "https://shop.example/paylane/notify", "returnUrl": "https://shop.example/orders/A1001",
})`;

const USE_PHP = `php paylane.php GET /api/v1/payments/A1001

// or, from your code:
require 'paylane.php';
[$status, $payment] = paylane_request('POST', '/api/v1/payments', [
    'orderId' => 'A1001', 'amount' => 1999, 'subject' => 'Blue mug',
    'notifyUrl' => 'https://shop.example/paylane/notify', 'returnUrl' => 'https://shop.example/orders/A1001',
]);`;

const USE_JAVA = `java PaylaneExample.java GET /api/v1/payments/A1001
java PaylaneExample.java POST /api/v1/payments '{"orderId":"A1001","amount":1999,"subject":"Blue mug","notifyUrl":"https://shop.example/paylane/notify","returnUrl":"https://shop.example/orders/A1001"}'`;

type Copy = {
  intro: ReactNode;
  download: string;
  usage: string;
  setup: string;
  signScript: ReactNode;
  verifyScript: ReactNode;
  curlCreate: string;
  curlGet: string;
  node: ReactNode;
  python: ReactNode;
  php: ReactNode;
  java: ReactNode;
};

const en: Copy = {
  intro: (
    <P>
      Each example builds the canonical string, signs it, sends the request and verifies the response
      signature before trusting the body. All read the same environment variables: <C>PAYLANE_URL</C>,{" "}
      <C>PAYLANE_MERCHANT_ID</C>, <C>PAYLANE_KEY_ID</C>, <C>PAYLANE_PRIVATE_KEY_FILE</C> and{" "}
      <C>PAYLANE_PLATFORM_KEY_FILE</C>. The shell, Node, Python and Java examples are run by Paylane&apos;s
      test suite against a gateway that follows this page.
    </P>
  ),
  download: "Download",
  usage: "Usage",
  setup: "Set-up",
  signScript: (
    <P>
      <C>paylane-sign.sh METHOD PATH [BODY-FILE]</C> prints the <C>Authorization</C> header (with{" "}
      <C>openssl dgst -sha256 -sign</C> and <C>base64 -w0</C>):
    </P>
  ),
  verifyScript: (
    <P>
      <C>paylane-verify.sh HEADERS-FILE BODY-FILE</C> checks a response saved by <C>curl -D … -o …</C>:
    </P>
  ),
  curlCreate: "Create a payment",
  curlGet: "Retrieve it",
  node: (
    <P>
      Node 18 or later; only <C>node:crypto</C> and the built-in <C>fetch</C>.{" "}
      <C>crypto.sign(&quot;sha256&quot;, …)</C> with an RSA key makes an RSASSA-PKCS1-v1_5 signature.
    </P>
  ),
  python: (
    <P>
      Python 3.8 or later with the <C>cryptography</C> package (<C>pip install cryptography</C>); HTTP with
      the standard library.
    </P>
  ),
  php: (
    <P>
      PHP 7.4 or later with the <C>openssl</C> and <C>curl</C> extensions: <C>openssl_sign</C> and{" "}
      <C>openssl_verify</C> with <C>OPENSSL_ALGO_SHA256</C>.
    </P>
  ),
  java: (
    <P>
      Java 11 or later, the JDK alone: <C>java.security.Signature</C> (<C>SHA256withRSA</C>),{" "}
      <C>java.util.Base64</C> and <C>java.net.http.HttpClient</C>. It reads a PKCS#8 private key.
    </P>
  ),
};

const zh: Copy = {
  intro: (
    <P>
      每个示例都会拼出待签名字符串、签名、发送请求，并在使用响应正文前验证响应签名。它们读取相同的环境变量：
      <C>PAYLANE_URL</C>、<C>PAYLANE_MERCHANT_ID</C>、<C>PAYLANE_KEY_ID</C>、<C>PAYLANE_PRIVATE_KEY_FILE</C>{" "}
      和 <C>PAYLANE_PLATFORM_KEY_FILE</C>。Shell、Node、Python 与 Java 示例由 Paylane
      的测试套件针对遵循本页约定的网关实际运行。
    </P>
  ),
  download: "下载",
  usage: "用法",
  setup: "准备",
  signScript: (
    <P>
      <C>paylane-sign.sh METHOD PATH [BODY-FILE]</C> 输出 <C>Authorization</C> 请求头（使用{" "}
      <C>openssl dgst -sha256 -sign</C> 与 <C>base64 -w0</C>）：
    </P>
  ),
  verifyScript: (
    <P>
      <C>paylane-verify.sh HEADERS-FILE BODY-FILE</C> 验证用 <C>curl -D … -o …</C> 保存的响应：
    </P>
  ),
  curlCreate: "创建支付",
  curlGet: "查询支付",
  node: (
    <P>
      Node 18 及以上；只用 <C>node:crypto</C> 和内置的 <C>fetch</C>。对 RSA 密钥调用{" "}
      <C>crypto.sign(&quot;sha256&quot;, …)</C> 即生成 RSASSA-PKCS1-v1_5 签名。
    </P>
  ),
  python: (
    <P>
      Python 3.8 及以上，需要 <C>cryptography</C> 包（<C>pip install cryptography</C>）；HTTP 使用标准库。
    </P>
  ),
  php: (
    <P>
      PHP 7.4 及以上，需要 <C>openssl</C> 与 <C>curl</C> 扩展：<C>openssl_sign</C> 与 <C>openssl_verify</C>{" "}
      使用 <C>OPENSSL_ALGO_SHA256</C>。
    </P>
  ),
  java: (
    <P>
      Java 11 及以上，只用 JDK：<C>java.security.Signature</C>（<C>SHA256withRSA</C>）、
      <C>java.util.Base64</C> 与 <C>java.net.http.HttpClient</C>。读取 PKCS#8 格式的私钥。
    </P>
  ),
};

const COPY = { en, zh };

export function SigningExamples({ lang, origin }: { lang: Lang; origin: string }) {
  const t = COPY[lang];
  const file = (name: string, code: string) => (
    <Code code={code} title={name} download={`/docs/${name}`} downloadLabel={`${t.download} ${name}`} />
  );
  return (
    <Chapter id="examples" lang={lang}>
      {t.intro}
      <Section id="example-curl" lang={lang}>
        <H4>{t.setup}</H4>
        <Code code={curlSetup(origin)} />
        {t.signScript}
        {file("paylane-sign.sh", SIGN_SCRIPT)}
        {t.verifyScript}
        {file("paylane-verify.sh", VERIFY_SCRIPT)}
        <H4>{t.curlCreate}</H4>
        <Code code={CURL_CREATE_PAYMENT} />
        <H4>{t.curlGet}</H4>
        <Code code={CURL_GET_PAYMENT} />
      </Section>
      <Section id="example-node" lang={lang}>
        {t.node}
        {file("paylane.mjs", NODE_CLIENT)}
        <H4>{t.usage}</H4>
        <Code code={USE_NODE} />
      </Section>
      <Section id="example-python" lang={lang}>
        {t.python}
        {file("paylane.py", PYTHON_CLIENT)}
        <H4>{t.usage}</H4>
        <Code code={USE_PYTHON} />
      </Section>
      <Section id="example-php" lang={lang}>
        {t.php}
        {file("paylane.php", PHP_CLIENT)}
        <H4>{t.usage}</H4>
        <Code code={USE_PHP} />
      </Section>
      <Section id="example-java" lang={lang}>
        {t.java}
        {file("PaylaneExample.java", JAVA_CLIENT)}
        <H4>{t.usage}</H4>
        <Code code={USE_JAVA} />
      </Section>
    </Chapter>
  );
}
