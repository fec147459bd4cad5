type Messages = Record<string, unknown>;

function isMessages(value: unknown): value is Messages {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The part of the catalogue that client components need: the namespaces given (dotted paths pick a
 * nested one, e.g. "dashboard.keys"), nested as in the catalogue. Client components get no more than
 * this because every message handed to the client is serialised into each page's RSC payload and HTML:
 * the whole catalogue is ~65 KB per page. A path that names nothing is an error, not an empty pick.
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    let target = picked;
    keys.forEach((key, index) => {
      source = isMessages(source) ? source[key] : undefined;
      if (source === undefined) throw new Error(`no messages at "${path}"`);
      if (index === keys.length - 1) {
        target[key] = source;
        return;
      }
      const next = target[key];
      target = isMessages(next) ? next : (target[key] = {});
    });
  }
  return picked;
}
