import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/**
 * Keyset paging links: back to the first page, and on to the next one. (A keyset page knows where the
 * next page starts, not where the previous one did; the browser's Back button goes back one page.)
 */
export function Pager({
  basePath,
  query,
  cursor,
  nextCursor,
  labels,
}: {
  basePath: string;
  query: Record<string, string | undefined>;
  cursor: string | null;
  nextCursor: string | null;
  labels: { nav: string; first: string; next: string };
}) {
  if (!cursor && !nextCursor) return null;
  const href = (next: string | null) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    if (next) params.set("cursor", next);
    const text = params.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap justify-between gap-3">
      {cursor ? (
        <Link href={href(null)} className={buttonClass("secondary")}>
          {labels.first}
        </Link>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <Link href={href(nextCursor)} className={buttonClass("secondary")} data-testid="next-page" rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
