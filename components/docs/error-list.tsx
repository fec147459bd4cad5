import type { ReactNode } from "react";
import { COMMON_ERRORS, ERRORS, type ErrorCode } from "./errors-data";
import type { Bi, Lang } from "./lang";
import { A, C, H4, P, Table } from "./primitives";
import { titleOf, type SectionId } from "./toc-data";

const TEXT = {
  en: {
    heading: "Errors",
    caption: (endpoint: string) => `Errors: ${endpoint}`,
    columns: ["code", "status", "when"],
    separator: ", ",
    end: ".",
    common: (
      <>
        Besides these, any signed request can answer the <A href="#errors">common errors</A>:{" "}
      </>
    ),
  },
  zh: {
    heading: "错误",
    caption: (endpoint: string) => `错误：${endpoint}`,
    columns: ["错误码", "状态码", "出现情形"],
    separator: "、",
    end: "。",
    common: (
      <>
        此外，任何签名请求都可能返回<A href="#errors">通用错误</A>：
      </>
    ),
  },
};

/** An endpoint's own errors (with endpoint-specific wording where given), then the common ones. */
export function ErrorList({
  section,
  lang,
  errors,
}: {
  section: SectionId;
  lang: Lang;
  errors: readonly (ErrorCode | [ErrorCode, Bi])[];
}) {
  const t = TEXT[lang];
  const rows = errors.map((entry): ReactNode[] => {
    const [code, when] = typeof entry === "string" ? [entry, ERRORS[entry]] : entry;
    return [<C key="c">{code}</C>, ERRORS[code].status, when[lang]];
  });
  const common = COMMON_ERRORS.filter((code) => !errors.includes(code));
  return (
    <>
      <H4>{t.heading}</H4>
      {rows.length > 0 ? (
        <Table
          id={`${section}-errors`}
          caption={t.caption(titleOf(section, lang))}
          columns={t.columns}
          rows={rows}
        />
      ) : null}
      <P>
        {t.common}
        {common.map((code, i) => (
          <span key={code}>
            {i > 0 ? t.separator : null}
            <C>{`${ERRORS[code].status} ${code}`}</C>
          </span>
        ))}
        {t.end}
      </P>
    </>
  );
}
