// Building blocks of the API reference: headed sections, prose, code and tables. Server components only.
import type { ReactNode } from "react";
import type { Lang } from "./lang";
import { titleOf, type ChapterId, type SectionId } from "./toc-data";

/** A chapter: an h2 whose title and anchor come from the outline. */
export function Chapter({ id, lang, children }: { id: ChapterId; lang: Lang; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 border-t border-slate-200 pt-8">
      <h2 id={id} className="scroll-mt-4 text-2xl font-bold tracking-tight text-slate-900">
        {titleOf(id, lang)}
      </h2>
      {children}
    </section>
  );
}

/** A section of a chapter: an h3 from the outline, optionally with a method and path under it. */
export function Section({
  id,
  lang,
  endpoint,
  children,
}: {
  id: SectionId;
  lang: Lang;
  endpoint?: { method: "GET" | "POST"; path: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 pt-4">
      <h3 id={id} className="scroll-mt-4 text-xl font-semibold text-slate-900">
        {titleOf(id, lang)}
      </h3>
      {endpoint ? (
        <p className="flex flex-wrap items-center gap-2 font-mono text-sm" translate="no">
          <span
            className={`rounded px-2 py-0.5 font-bold text-white ${endpoint.method === "GET" ? "bg-green-800" : "bg-brand-700"}`}
          >
            {endpoint.method}
          </span>
          <code className="break-all text-slate-900">{endpoint.path}</code>
        </p>
      ) : null}
      {children}
    </section>
  );
}

/** A minor heading inside a section. */
export function H4({ children }: { children: ReactNode }) {
  return <h4 className="mt-2 font-semibold text-slate-900">{children}</h4>;
}

export function P({ children }: { children: ReactNode }) {
  return <p className="max-w-3xl leading-7 text-slate-800">{children}</p>;
}

export function Ul({ children }: { children: ReactNode }) {
  return (
    <ul className="flex max-w-3xl list-disc flex-col gap-1.5 pl-6 leading-7 text-slate-800">{children}</ul>
  );
}

export function Ol({ children }: { children: ReactNode }) {
  return (
    <ol className="flex max-w-3xl list-decimal flex-col gap-1.5 pl-6 leading-7 text-slate-800">{children}</ol>
  );
}

/** Inline code. */
export function C({ children }: { children: ReactNode }) {
  return (
    <code
      translate="no"
      className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-900 break-words"
    >
      {children}
    </code>
  );
}

export function A({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="text-brand-700 underline hover:text-brand-900">
      {children}
    </a>
  );
}

/** A block of code, optionally titled with a file name and a link to download it. */
export function Code({
  code,
  title,
  download,
  downloadLabel,
}: {
  code: string;
  title?: string;
  download?: string;
  downloadLabel?: string;
}) {
  return (
    <figure className="flex max-w-full flex-col overflow-hidden rounded-md border border-slate-700 bg-slate-900">
      {title ? (
        <figcaption className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-700 px-4 py-2 text-sm text-slate-100">
          <span className="font-mono" translate="no">
            {title}
          </span>
          {download ? (
            <a href={download} download className="text-sky-300 underline hover:text-sky-200">
              {downloadLabel ?? "Download"}
            </a>
          ) : null}
        </figcaption>
      ) : null}
      <pre
        tabIndex={0}
        translate="no"
        className="overflow-x-auto p-4 text-[13px] leading-6 text-slate-100 focus-visible:outline-2 focus-visible:outline-sky-300"
      >
        <code>{code.replace(/\n$/, "")}</code>
      </pre>
    </figure>
  );
}

/** A table whose first column heads its rows. Scrolls sideways on narrow screens. */
export function Table({
  id,
  caption,
  columns,
  rows,
}: {
  id: string;
  caption: ReactNode;
  columns: readonly ReactNode[];
  rows: readonly (readonly ReactNode[])[];
}) {
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-md border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption id={`${id}-caption`} className="px-3 py-2 text-left font-medium text-slate-700">
          {caption}
        </caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells], r) => (
            <tr key={r} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                {head}
              </th>
              {cells.map((cell, c) => (
                <td key={c} className="px-3 py-2 text-slate-800">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
