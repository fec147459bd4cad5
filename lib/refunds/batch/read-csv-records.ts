import { isUtf8 } from "node:buffer";
import { Transform, type Readable } from "node:stream";
import { parse } from "csv-parse";
import { BatchFileError } from "./batch-file-error";
import type { SheetRecord } from "./sheet-record";

export type TextEncoding = "utf-8" | "gb18030";

/**
 * UTF-8 when the first bytes are UTF-8, else GB18030: Excel on a Chinese Windows saves "CSV" in the
 * ANSI code page (GBK, which GB18030 contains), and users cannot be expected to know which they sent.
 */
export function csvEncoding(head: Buffer): TextEncoding {
  // The sample may end inside a multi-byte character; drop up to three trailing bytes before judging.
  for (let cut = 0; cut <= Math.min(3, head.byteLength); cut++) {
    if (isUtf8(head.subarray(0, head.byteLength - cut))) return "utf-8";
  }
  return "gb18030";
}

function decoder(encoding: TextEncoding): Transform {
  const text = new TextDecoder(encoding, { fatal: true });
  const fail = () => new BatchFileError("not_text", `The file is not ${encoding} text.`);
  return new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, text.decode(chunk, { stream: true }));
      } catch {
        done(fail());
      }
    },
    flush(done) {
      try {
        done(null, text.decode());
      } catch {
        done(fail());
      }
    },
  });
}

/** The file's records, one at a time, numbered from 1 (empty lines count, as in a spreadsheet). */
export async function* readCsvRecords(input: Readable, encoding: TextEncoding): AsyncGenerator<SheetRecord> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: 64 * 1024,
  });
  const text = decoder(encoding);
  input.on("error", (error) => parser.destroy(error));
  text.on("error", (error) => parser.destroy(error));
  input.pipe(text).pipe(parser);
  let line = 0;
  try {
    for await (const record of parser) {
      line++;
      yield { line, cells: record as string[] };
    }
  } catch (error) {
    if (error instanceof BatchFileError) throw error;
    throw new BatchFileError("broken_file", `The CSV file cannot be read: ${String(error)}`);
  } finally {
    input.destroy();
    text.destroy();
    parser.destroy();
  }
}
