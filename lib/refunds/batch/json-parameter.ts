// Rows sent to PostgreSQL as one JSON text parameter (read with jsonb_array_elements) rather
// than a parameter per column: Prisma keeps the parameters of its last hundred queries for its error
// reports (in the client and again in the pg adapter, with logging off too), so what a statement's
// parameters cost in memory stays held until a hundred later queries push it out.

const LONE_SURROGATE = /\p{Surrogate}/gu;
const NON_ASCII = /[\u0080-\uffff]/g;
const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * `value` as JSON for a jsonb parameter. Half a surrogate pair (a cell cut at MAX_CELL_CHARS can end in
 * one) becomes U+FFFD, as it would sent as text, instead of an escape the database refuses. Everything
 * beyond ASCII is escaped, so the string takes one byte a character in V8's heap: a single Chinese
 * character would make it two.
 */
export function jsonParameter(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "string" ? item.replace(LONE_SURROGATE, "\uFFFD") : item,
  );
  return json.replace(NON_ASCII, escaped);
}
