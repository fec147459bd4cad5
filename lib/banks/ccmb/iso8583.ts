import { BankError } from "../errors";

// CCMB's ISO 8583-style messages: MTI (4 digits), primary bitmap (16 upper-case hex digits), then the
// present data elements in ascending order. n = fixed digits, zero-padded left; an = fixed ASCII,
// space-padded right; LLVAR/LLLVAR = 2/3-digit length in UTF-8 bytes, then the bytes. Field 64 is the
// base64 RSA-SHA256 signature over every byte before it.

type Format =
  | { type: "n"; size: number }
  | { type: "an"; size: number }
  | { type: "LLVAR"; max: number }
  | { type: "LLLVAR"; max: number };

const BANK = "ccmb";

export const CCMB_FIELDS: ReadonlyMap<number, Format> = new Map<number, Format>([
  [2, { type: "LLVAR", max: 19 }], // payee account
  [3, { type: "n", size: 6 }], // processing code
  [4, { type: "n", size: 12 }], // amount, fen
  [7, { type: "n", size: 14 }], // transmission time YYYYMMDDhhmmss UTC
  [11, { type: "n", size: 6 }], // trace number
  [12, { type: "n", size: 14 }], // completion time
  [14, { type: "n", size: 14 }], // order expiry
  [37, { type: "an", size: 12 }], // bank reference
  [39, { type: "an", size: 2 }], // response code
  [43, { type: "LLLVAR", max: 400 }], // merchant or payee name
  [44, { type: "LLLVAR", max: 400 }], // response text
  [48, { type: "LLLVAR", max: 600 }], // subject
  [49, { type: "n", size: 3 }], // currency, ISO 4217 numeric
  [60, { type: "LLVAR", max: 64 }], // attempt id
  [61, { type: "LLVAR", max: 64 }], // refund or payout id
  [62, { type: "LLLVAR", max: 999 }], // return URL
  [63, { type: "LLLVAR", max: 999 }], // notify URL
  [64, { type: "LLLVAR", max: 999 }], // signature
]);

export interface IsoFrame {
  mti: string;
  fields: Map<number, string>;
}

export async function packIso(frame: IsoFrame, sign: (data: string) => Promise<string>): Promise<string> {
  const present = [...frame.fields.keys()].filter((n) => n !== 64).sort((a, b) => a - b);
  const bits = new Uint8Array(8);
  for (const n of [...present, 64])
    bits[(n - 1) >> 3] = (bits[(n - 1) >> 3] ?? 0) | (1 << (7 - ((n - 1) % 8)));
  let out = frame.mti + Buffer.from(bits).toString("hex").toUpperCase();
  for (const n of present) out += packField(n, frame.fields.get(n) ?? "");
  return out + packField(64, await sign(out));
}

function packField(n: number, value: string): string {
  const format = CCMB_FIELDS.get(n);
  if (!format) throw new BankError("malformed", `field ${n} is not in CCMB's dialect`, BANK);
  const bytes = Buffer.byteLength(value, "utf8");
  if (format.type === "n") {
    if (!/^\d*$/.test(value) || value.length > format.size)
      throw new BankError("malformed", `field ${n} must be n${format.size}`, BANK);
    return value.padStart(format.size, "0");
  }
  if (format.type === "an") {
    if (bytes !== value.length || value.length > format.size)
      throw new BankError("malformed", `field ${n} must be an${format.size}`, BANK);
    return value.padEnd(format.size, " ");
  }
  if (bytes > format.max) throw new BankError("malformed", `field ${n} exceeds ${format.max} bytes`, BANK);
  return String(bytes).padStart(format.type === "LLVAR" ? 2 : 3, "0") + value;
}

/** Reads a message; `signed` is the exact text the signature in field 64 must cover. */
export function unpackIso(text: string): { frame: IsoFrame; signed: string; signature: string } {
  const bytes = Buffer.from(text, "utf8");
  const header = bytes.subarray(0, 20).toString("latin1");
  if (!/^\d{4}[0-9A-F]{16}$/.test(header)) throw malformed("bad MTI or bitmap");
  const bitmap = Buffer.from(header.slice(4), "hex");
  if (((bitmap[0] ?? 0) & 0x80) !== 0) throw malformed("secondary bitmap is not used by CCMB");
  const fields = new Map<number, string>();
  let at = 20;
  let signatureStart = -1;
  for (let n = 2; n <= 64; n++) {
    if (((bitmap[(n - 1) >> 3] ?? 0) & (1 << (7 - ((n - 1) % 8)))) === 0) continue;
    const format = CCMB_FIELDS.get(n);
    if (!format) throw malformed(`unknown field ${n}`);
    if (n === 64) signatureStart = at;
    let length: number;
    if (format.type === "n" || format.type === "an") {
      length = format.size;
    } else {
      const digits = format.type === "LLVAR" ? 2 : 3;
      const prefix = bytes.subarray(at, at + digits).toString("latin1");
      if (!/^\d+$/.test(prefix) || prefix.length !== digits) throw malformed(`bad length of field ${n}`);
      length = Number(prefix);
      if (length > format.max) throw malformed(`field ${n} exceeds ${format.max} bytes`);
      at += digits;
    }
    if (at + length > bytes.length) throw malformed(`field ${n} is truncated`);
    const raw = bytes.subarray(at, at + length);
    const value = raw.toString("utf8");
    if (!Buffer.from(value, "utf8").equals(raw)) throw malformed(`field ${n} is not valid UTF-8`);
    if (format.type === "n" && !/^\d+$/.test(value)) throw malformed(`field ${n} is not numeric`);
    fields.set(n, format.type === "an" ? value.trimEnd() : value);
    at += length;
  }
  if (at !== bytes.length) throw malformed("bytes after the last field");
  const signature = fields.get(64);
  if (signature === undefined) throw malformed("field 64 (signature) is missing");
  fields.delete(64);
  return {
    frame: { mti: header.slice(0, 4), fields },
    signed: bytes.subarray(0, signatureStart).toString("utf8"),
    signature,
  };
}

function malformed(message: string): BankError {
  return new BankError("malformed", message, BANK);
}

/** YYYYMMDDhhmmss, UTC. */
export function ccmbTime(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export function parseCcmbTime(value: string | undefined): Date {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value ?? "");
  if (!match) return new Date(NaN);
  const [, year, month, day, hour, minute, second] = match;
  return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
}
