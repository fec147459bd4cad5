import { XMLParser } from "fast-xml-parser";
import { BankError } from "../errors";

// ICMB's signed XML documents:
//   <?xml version="1.0" encoding="UTF-8"?><Request><Head>…</Head><Body>…</Body><Signature>…</Signature></Request>
// The signature (base64 RSA-SHA256) covers the exact text from <Head> to </Body> as sent. Head and Body
// hold flat text elements only; the roots are Request (gateway → bank), Response and Notify (bank → us).

export type IcmbRoot = "Request" | "Response" | "Notify";

export interface IcmbDocument {
  root: IcmbRoot;
  head: Record<string, string>;
  body: Record<string, string>;
}

const BANK = "icmb";
const DOCUMENT =
  /^\s*(?:<\?xml version="1\.0" encoding="UTF-8"\?>)?\s*<(Request|Response|Notify)>(<Head>[\s\S]*<\/Body>)<Signature>([A-Za-z0-9+/=]+)<\/Signature><\/\1>\s*$/;

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false, // "001" must stay "001"
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

export async function encodeIcmb(
  document: IcmbDocument,
  sign: (data: string) => Promise<string>,
): Promise<string> {
  const signed = `<Head>${elements(document.head)}</Head><Body>${elements(document.body)}</Body>`;
  const { root } = document;
  return `<?xml version="1.0" encoding="UTF-8"?><${root}>${signed}<Signature>${await sign(signed)}</Signature></${root}>`;
}

/** Finds the signed text and the signature without interpreting anything else. */
export function splitIcmb(xml: string): { root: IcmbRoot; signed: string; signature: string } {
  const [, root, signed, signature] = DOCUMENT.exec(xml) ?? [];
  if (!isRoot(root) || !signed || !signature)
    throw new BankError("malformed", "not an ICMB XML document", BANK);
  // Declarations, comments and CDATA have no place in a message; refusing them rules out entity tricks.
  if (signed.includes("<!") || signed.includes("<?"))
    throw new BankError("malformed", "markup declarations are not allowed", BANK);
  return { root, signed, signature };
}

/** Reads the signed text (and only that), after the signature has been verified. */
export function readIcmb(root: IcmbRoot, signed: string): IcmbDocument {
  let parsed: unknown;
  try {
    parsed = parser.parse(`<${root}>${signed}</${root}>`, true);
  } catch (cause) {
    throw new BankError("malformed", "the ICMB document is not well-formed XML", BANK, { cause });
  }
  const top = field(parsed, root);
  return { root, head: flat(field(top, "Head"), "Head"), body: flat(field(top, "Body"), "Body") };
}

function field(value: unknown, name: string): unknown {
  if (typeof value !== "object" || value === null || !(name in value)) {
    throw new BankError("malformed", `<${name}> is missing`, BANK);
  }
  return Object.getOwnPropertyDescriptor(value, name)?.value;
}

function flat(value: unknown, name: string): Record<string, string> {
  if (value === "") return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BankError("malformed", `<${name}> must hold elements`, BANK);
  }
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== "string")
      throw new BankError("malformed", `<${key}> must be a single text element`, BANK);
    result[key] = item;
  }
  return result;
}

function elements(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<${name}>${escape(value)}</${name}>`)
    .join("");
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function isRoot(value: string | undefined): value is IcmbRoot {
  return value === "Request" || value === "Response" || value === "Notify";
}
