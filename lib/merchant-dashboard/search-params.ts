/** What Next.js hands a page as `searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A query parameter's single value: the first when repeated, undefined when missing or blank. */
export function param(params: SearchParams, name: string): string | undefined {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}
