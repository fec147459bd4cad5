import type { Lang } from "../lang";
import { A, C, Chapter, Code, P } from "../primitives";

const COMMAND = `npm run paylane -- merchant create --name "<name>" --email <email> --site <url> --approve --json`;

const OUTPUT = `{"merchantId": "...", "keyId": "...", "privateKeyPem": "...", "platformPublicKeyPem": "..."}`;

const SAVE = `# In the Paylane installation's directory (-s keeps npm's own lines out of the JSON):
npm run -s paylane -- merchant create --name "Demo shop" --email shop@example.com \\
  --site https://shop.example --approve --json > merchant.json

# Turn it into the files and variables the signing examples read:
jq -r .privateKeyPem merchant.json > merchant.pem
jq -r .platformPublicKeyPem merchant.json > paylane-platform.pem
export PAYLANE_MERCHANT_ID=$(jq -r .merchantId merchant.json)
export PAYLANE_KEY_ID=$(jq -r .keyId merchant.json)
export PAYLANE_PRIVATE_KEY_FILE=merchant.pem PAYLANE_PLATFORM_KEY_FILE=paylane-platform.pem`;

export function OperatorCli({ lang }: { lang: Lang }) {
  const en = lang === "en";
  return (
    <Chapter id="cli" lang={lang}>
      <P>
        {en ? (
          <>
            For tests and demonstrations, an operator of a Paylane installation can create an approved test
            merchant with a fresh key pair in one command. It works against whichever database the app uses
            (the embedded default or <C>DATABASE_URL</C>).
          </>
        ) : (
          <>
            用于测试和演示时，Paylane
            的运维人员可以用一条命令创建一个已审核通过、带新密钥对的测试商户。它作用于应用当前使用的数据库（内置默认数据库或{" "}
            <C>DATABASE_URL</C>）。
          </>
        )}
      </P>
      <Code code={COMMAND} />
      <P>{en ? "It prints one JSON object:" : "命令输出一个 JSON 对象："}</P>
      <Code code={OUTPUT} />
      <P>
        {en ? (
          <>
            <C>privateKeyPem</C> is the merchant&apos;s private key (keep it secret) and{" "}
            <C>platformPublicKeyPem</C> the <A href="#platform-key">platform key</A>. For example:
          </>
        ) : (
          <>
            <C>privateKeyPem</C> 是商户私钥（务必保密），<C>platformPublicKeyPem</C> 是
            <A href="#platform-key">平台公钥</A>。例如：
          </>
        )}
      </P>
      <Code code={SAVE} />
    </Chapter>
  );
}

export function OpenApi({ lang, origin }: { lang: Lang; origin: string }) {
  const url = `${origin}/api/v1/openapi.json`;
  return (
    <Chapter id="openapi" lang={lang}>
      <P>
        {lang === "en" ? (
          <>
            The machine-readable OpenAPI document of this API, generated from the same schemas that validate
            requests, is at <A href="/api/v1/openapi.json">{url}</A>. Use it to generate types or clients; the
            signatures still work as this page describes.
          </>
        ) : (
          <>
            本接口的机器可读 OpenAPI 文档由校验请求所用的同一套 schema 生成，地址为{" "}
            <A href="/api/v1/openapi.json">{url}</A>。可用它生成类型或客户端；签名仍按本页说明处理。
          </>
        )}
      </P>
    </Chapter>
  );
}
