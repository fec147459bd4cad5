import { ProtocolError } from "../types";

// ICMB's wire format: a small signed XML dialect.
//   <?xml version="1.0" encoding="UTF-8"?><Request><Head>…</Head><Body>…</Body><Signature>…</Signature></Request>
// The signature covers the exact characters from <Head> to </Body>, as sent, so neither side needs XML
// canonicalisation. Head and Body hold flat elements of text only; nothing else is accepted.

export type XmlRoot = "Request" | "Response" | "Notify";

export interface XmlMessage {
  root: XmlRoot;
  head: Record<string, string>;
  body: Record<string, string>;
}

const DOCUMENT =
  /^\s*(?:<\?xml version="1\.0" encoding="UTF-8"\?>)?\s*<(Request|Response|Notify)>(<Head>[\s\S]*<\/Body>)<Signature>([A-Za-z0-9+/=]+)<\/Signature><\/\1>\s*$/;

export function encodeXml(message: XmlMessage, sign: (data: string) => string): string {
  const signed = `<Head>${elements(message.head)}</Head><Body>${elements(message.body)}</Body>`;
  const root = message.root;
  return `<?xml version="1.0" encoding="UTF-8"?><${root}>${signed}<Signature>${sign(signed)}</Signature></${root}>`;
}

/** Splits a document into the signed text and its signature, then reads the signed text only. */
export function decodeXml(xml: string): { message: XmlMessage; signed: string; signature: string } {
  const match = DOCUMENT.exec(xml);
  const [, root, signed, signature] = match ?? [];
  if (!signed || !signature || !isRoot(root))
    throw new ProtocolError("malformed", "not an ICMB XML document");
  const head = /^<Head>([\s\S]*?)<\/Head>\s*<Body>([\s\S]*)<\/Body>$/.exec(signed);
  if (!head) throw new ProtocolError("malformed", "Head and Body are required");
  return {
    message: { root, head: readElements(head[1] ?? ""), body: readElements(head[2] ?? "") },
    signed,
    signature,
  };
}

function elements(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join("");
}

function readElements(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const element = /\s*<([A-Za-z][A-Za-z0-9]*)>([^<]*)<\/\1>/y;
  while (element.lastIndex < text.length && text.slice(element.lastIndex).trim() !== "") {
    const match = element.exec(text);
    if (!match) throw new ProtocolError("malformed", "unexpected content in the XML document");
    const [, name = "", value = ""] = match;
    if (Object.hasOwn(fields, name)) throw new ProtocolError("malformed", `element ${name} appears twice`);
    fields[name] = unescapeXml(value);
  }
  return fields;
}

function isRoot(value: string | undefined): value is XmlRoot {
  return value === "Request" || value === "Response" || value === "Notify";
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|&/g, (whole, entity: string | undefined) => {
    if (!entity) throw new ProtocolError("malformed", "bare & in XML text");
    if (entity.startsWith("#")) return codePoint(entity);
    const named = NAMED[entity];
    if (named === undefined) throw new ProtocolError("malformed", `unknown entity ${whole}`);
    return named;
  });
}

function codePoint(entity: string): string {
  const value = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
  if (!(value > 0 && value <= 0x10ffff))
    throw new ProtocolError("malformed", `invalid character &${entity};`);
  return String.fromCodePoint(value);
}
