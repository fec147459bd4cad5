import type { Lang } from "./lang";
import { OUTLINE } from "./toc-data";

const LABEL: Record<Lang, string> = { en: "On this page", zh: "本页目录" };

/** The table of contents: in-page links to every h2 and h3. Sticky beside the text on wide screens. */
export function TableOfContents({ lang }: { lang: Lang }) {
  return (
    <nav
      aria-labelledby="toc-heading"
      className="rounded-md border border-slate-200 bg-white p-4 text-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
    >
      <h2 id="toc-heading" className="mb-2 font-semibold text-slate-900">
        {LABEL[lang]}
      </h2>
      <ol className="flex flex-col gap-1">
        {OUTLINE.map((chapter) => (
          <li key={chapter.id}>
            <a
              href={`#${chapter.id}`}
              className="text-slate-800 underline-offset-2 hover:text-brand-700 hover:underline"
            >
              {chapter[lang]}
            </a>
            {chapter.children.length > 0 ? (
              <ol className="mt-1 mb-1 hidden flex-col gap-1 border-l border-slate-200 pl-3 lg:flex">
                {chapter.children.map((section) => (
                  <li key={section.id}>
                    <a
                      href={`#${section.id}`}
                      className="text-slate-700 underline-offset-2 hover:text-brand-700 hover:underline"
                    >
                      {section[lang]}
                    </a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
