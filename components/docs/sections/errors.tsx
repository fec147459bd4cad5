import type { Lang } from "../lang";
import { ERROR_CODES, ERRORS } from "../errors-data";
import { A, C, Chapter, Code, P, Table } from "../primitives";

const EXAMPLE = `HTTP/1.1 400 Bad Request
Content-Type: application/json

{"error": {"code": "invalid_request", "message": "amount must be an integer from 1 to 100000000000", "field": "amount"}}`;

const COPY = {
  en: {
    intro: (
      <P>
        A request that fails answers a non-2xx status and a JSON body with an <C>error</C> object: <C>code</C>{" "}
        (stable; program against it), <C>message</C> (for people; its wording may change) and, only when one
        input is at fault, <C>field</C> (its path, such as <C>amount</C>, <C>notifyUrl</C> or{" "}
        <C>metadata.cart</C>). Once the gateway knows which merchant is asking, error responses are signed
        like any other response (see <A href="#response-signatures">verifying responses</A>).
      </P>
    ),
    caption: "Every error code",
    columns: ["code", "status", "when"],
  },
  zh: {
    intro: (
      <P>
        请求失败时返回非 2xx 状态码，正文为带 <C>error</C> 对象的 JSON：<C>code</C>
        （稳定不变，程序据此判断）、
        <C>message</C>（供人阅读，措辞可能变化），以及仅在某一个输入有误时出现的 <C>field</C>（字段名，如{" "}
        <C>amount</C>、<C>notifyUrl</C> 或 <C>metadata.cart</C>
        ）。一旦网关识别出发出请求的商户，错误响应也与其他响应一样带有签名（见
        <A href="#response-signatures">验证响应签名</A>）。
      </P>
    ),
    caption: "全部错误码",
    columns: ["错误码", "状态码", "出现情形"],
  },
};

export function Errors({ lang }: { lang: Lang }) {
  const t = COPY[lang];
  return (
    <Chapter id="errors" lang={lang}>
      {t.intro}
      <Code code={EXAMPLE} />
      <Table
        id="error-codes"
        caption={t.caption}
        columns={t.columns}
        rows={ERROR_CODES.map((code) => [<C key="c">{code}</C>, ERRORS[code].status, ERRORS[code][lang]])}
      />
    </Chapter>
  );
}
