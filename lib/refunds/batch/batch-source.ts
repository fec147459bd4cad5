import { open } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";

/**
 * An uploaded file as the parser needs it: its name, size, first bytes (to tell its type and text
 * encoding), last bytes (where a zip lists its entries) and a way to stream it. The same parser reads
 * an upload held in memory and, in the benchmark and tests, a file on disk.
 */
export type BatchSource = { name: string; size: number; head: Buffer; tail: Buffer; open: () => Readable };

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 64 * 1024;

export function sourceFromBytes(name: string, bytes: Uint8Array): BatchSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    name,
    size: buffer.byteLength,
    head: buffer.subarray(0, HEAD_BYTES),
    tail: buffer.subarray(Math.max(0, buffer.byteLength - TAIL_BYTES)),
    // Chunked like a network stream, so the parsers never see the whole file as one string.
    open: () =>
      Readable.from(
        (function* () {
          for (let at = 0; at < buffer.byteLength; at += HEAD_BYTES)
            yield buffer.subarray(at, at + HEAD_BYTES);
        })(),
      ),
  };
}

export async function sourceFromPath(name: string, path: string): Promise<BatchSource> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await handle.read(head, 0, head.byteLength, 0);
    const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
    await handle.read(tail, 0, tail.byteLength, size - tail.byteLength);
    return { name, size, head, tail, open: () => createReadStream(path) };
  } finally {
    await handle.close();
  }
}
