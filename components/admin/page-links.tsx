import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Numbered paging for console lists: previous and next page links that keep the filters. */
export function PageLinks({
  basePath,
  query,
  page,
  hasMore,
  labels,
}: {
  basePath: string;
  query: Record<string, string | undefined>;
  page: number;
  hasMore: boolean;
  labels: { nav: string; previous: string; next: string };
}) {
  if (page <= 1 && !hasMore) return null;
  const href = (to: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    if (to > 1) params.set("page", String(to));
    const text = params.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  return (
    <nav aria-label={labels.nav} className="flex justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass("secondary")} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      {hasMore ? (
        <Link href={href(page + 1)} className={buttonClass("secondary")} rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
