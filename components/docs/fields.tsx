import type { ReactNode } from "react";
import type { Lang } from "./lang";
import { C, H4, Table } from "./primitives";

/** One field of a request body or of an object. */
export type Field = {
  name: string;
  type: string;
  /** For request fields only: required or optional. */
  required?: boolean;
  en: ReactNode;
  zh: ReactNode;
};

const TEXT = {
  en: {
    request: ["field", "type", "required", "rules"],
    object: ["field", "type", "meaning"],
    yes: "required",
    no: "optional",
  },
  zh: {
    request: ["字段", "类型", "必填", "规则"],
    object: ["字段", "类型", "含义"],
    yes: "必填",
    no: "可选",
  },
};

/** A table of request fields (with a required column) or of object fields (without). */
export function FieldTable({
  id,
  lang,
  caption,
  fields,
  request = false,
}: {
  id: string;
  lang: Lang;
  caption: string;
  fields: readonly Field[];
  request?: boolean;
}) {
  const t = TEXT[lang];
  const rows = fields.map((f) => {
    const head = <C key="n">{f.name}</C>;
    const type = <C key="t">{f.type}</C>;
    return request ? [head, type, f.required ? t.yes : t.no, f[lang]] : [head, type, f[lang]];
  });
  return <Table id={id} caption={caption} columns={request ? t.request : t.object} rows={rows} />;
}

/** The heading and the list of statuses an endpoint answers with. */
export function Statuses({
  lang,
  items,
}: {
  lang: Lang;
  items: readonly { status: string; en: ReactNode; zh: ReactNode }[];
}) {
  return (
    <>
      <H4>{lang === "en" ? "Response" : "响应"}</H4>
      <ul className="flex max-w-3xl flex-col gap-1.5 pl-0 leading-7 text-slate-800">
        {items.map((item) => (
          <li key={item.status}>
            <C>{item.status}</C> {item[lang]}
          </li>
        ))}
      </ul>
    </>
  );
}
