import { BankError } from "../errors";

/** One line of a file: its exact bytes (with the "\n", if any) and its text (without it). */
export interface RawLine {
  bytes: Buffer;
  text: string;
}

/**
 * Splits a byte stream into lines ending in "\n", keeping each line's exact bytes for the signature.
 * Text is decoded as latin1 (one character per byte): settlement files are ASCII, and the parsers' strict
 * patterns refuse anything else. A line longer than `maxBytes` is refused, so a file without newlines
 * cannot make the reader buffer it whole.
 */
export async function* splitLines(
  bank: string,
  source: AsyncIterable<Uint8Array>,
  maxBytes = 4096,
): AsyncGenerator<RawLine> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    const buffer: Buffer = rest.length === 0 ? Buffer.from(chunk) : Buffer.concat([rest, chunk]);
    let start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
      const bytes = buffer.subarray(start, end + 1);
      yield { bytes, text: buffer.toString("latin1", start, end) };
      start = end + 1;
    }
    rest = buffer.subarray(start);
    if (rest.length > maxBytes) throw new BankError("malformed", "a settlement line is too long", bank);
  }
  if (rest.length > 0) yield { bytes: rest, text: rest.toString("latin1") };
}
