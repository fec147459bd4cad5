type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (typeof headers.get === "function")
    return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Who is calling, for rate limits: the first X-Forwarded-For hop (set by the reverse proxy in front of
 * the instances; Next.js sets it itself when serving directly), else X-Real-IP.
 */
export function clientIdFromHeaders(headers: HeaderSource): string {
  const forwarded = read(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read(headers, "x-real-ip") || "unknown";
}
