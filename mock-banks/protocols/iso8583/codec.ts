import { ProtocolError } from "../types";
import { FIELDS, type FieldSpec } from "./fields";

// Message layout: MTI (4 digits), primary bitmap (16 hex digits), then the present fields in order.
// Lengths count UTF-8 bytes, so names and subjects in Chinese travel unharmed.

export interface IsoMessage {
  mti: string;
  fields: ReadonlyMap<number, string>;
}

const SIGNATURE_FIELD = 64;

export function encodeIso(message: IsoMessage, sign: (data: string) => string): string {
  const numbers = [...message.fields.keys(), SIGNATURE_FIELD].sort((a, b) => a - b);
  let text = `${message.mti}${bitmap(numbers)}`;
  for (const number of numbers) {
    if (number === SIGNATURE_FIELD) continue;
    text += encodeField(number, message.fields.get(number) ?? "");
  }
  return text + encodeField(SIGNATURE_FIELD, sign(text));
}

export function decodeIso(text: string): { message: IsoMessage; signed: string; signature: string } {
  const bytes = Buffer.from(text, "utf8");
  if (!/^\d{4}[0-9A-F]{16}/.test(bytes.subarray(0, 20).toString("latin1"))) fail("bad MTI or bitmap");
  const mti = bytes.subarray(0, 4).toString("latin1");
  const present = readBitmap(bytes.subarray(4, 20).toString("latin1"));
  const fields = new Map<number, string>();
  let offset = 20;
  let signedEnd = -1;
  for (const number of present) {
    const spec = FIELDS.get(number);
    if (!spec) fail(`field ${number} is not part of the CCMB dialect`);
    if (number === SIGNATURE_FIELD) signedEnd = offset;
    const { value, next } = readField(bytes, offset, spec, number);
    fields.set(number, value);
    offset = next;
  }
  if (offset !== bytes.length) fail("trailing bytes after the last field");
  const signature = fields.get(SIGNATURE_FIELD);
  if (signature === undefined || signedEnd < 0) fail("field 64 (signature) is missing");
  fields.delete(SIGNATURE_FIELD);
  return { message: { mti, fields }, signed: bytes.subarray(0, signedEnd).toString("utf8"), signature };
}

function encodeField(number: number, value: string): string {
  const spec = FIELDS.get(number);
  if (!spec) throw new Error(`field ${number} is not part of the CCMB dialect`);
  const size = Buffer.byteLength(value, "utf8");
  switch (spec.kind) {
    case "n":
      if (!/^\d*$/.test(value) || value.length > spec.length)
        throw new Error(`field ${number} must be n${spec.length}`);
      return value.padStart(spec.length, "0");
    case "an":
      if (size !== value.length || value.length > spec.length)
        throw new Error(`field ${number} must be an${spec.length}`);
      return value.padEnd(spec.length, " ");
    case "llvar":
    case "lllvar": {
      const digits = spec.kind === "llvar" ? 2 : 3;
      if (size > spec.max) throw new Error(`field ${number} is longer than ${spec.max} bytes`);
      return `${String(size).padStart(digits, "0")}${value}`;
    }
  }
}

function readField(
  bytes: Buffer,
  offset: number,
  spec: FieldSpec,
  number: number,
): { value: string; next: number } {
  const take = (start: number, length: number): string => {
    if (start + length > bytes.length) fail(`field ${number} runs past the end`);
    return bytes.subarray(start, start + length).toString("utf8");
  };
  if (spec.kind === "n" || spec.kind === "an") {
    const raw = take(offset, spec.length);
    if (spec.kind === "n" && !/^\d+$/.test(raw)) fail(`field ${number} is not numeric`);
    return { value: spec.kind === "an" ? raw.trimEnd() : raw, next: offset + spec.length };
  }
  const digits = spec.kind === "llvar" ? 2 : 3;
  const prefix = take(offset, digits);
  if (!/^\d+$/.test(prefix)) fail(`field ${number} has a bad length prefix`);
  const length = Number(prefix);
  if (length > spec.max) fail(`field ${number} is longer than ${spec.max} bytes`);
  const value = take(offset + digits, length);
  if (Buffer.byteLength(value, "utf8") !== length) fail(`field ${number} is not valid UTF-8`);
  return { value, next: offset + digits + length };
}

function bitmap(numbers: number[]): string {
  const bits = Buffer.alloc(8);
  for (const number of numbers) {
    const index = number - 1;
    bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
  }
  return bits.toString("hex").toUpperCase();
}

function readBitmap(hex: string): number[] {
  const bits = Buffer.from(hex, "hex");
  const numbers: number[] = [];
  for (let number = 1; number <= 64; number++) {
    const index = number - 1;
    if (((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0) numbers.push(number);
  }
  if (numbers.includes(1)) fail("secondary bitmaps are not used by CCMB");
  return numbers;
}

function fail(message: string): never {
  throw new ProtocolError("malformed", message);
}
