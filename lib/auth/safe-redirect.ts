/**
 * Only same-site paths may follow a sign-in: "/wallet" yes; "//evil.example", "https://…", "/\\evil" no.
 * Anything else falls back, so no link can bounce a user to another site (no open redirects).
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback: string): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) {
    return fallback;
  }
  try {
    const parsed = new URL(candidate, "http://paylane.invalid");
    if (parsed.origin !== "http://paylane.invalid") return fallback;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return fallback;
  }
}
