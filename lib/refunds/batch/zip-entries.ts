import { BatchFileError } from "./batch-file-error";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * What a workbook's entries say they unpack to, summed from the zip's central directory (which sits
 * in the last bytes of the file). Null when the directory is not where it should be, for the parser
 * to judge. ZIP64 sizes are not read: no refund sheet needs 4 GiB, so they count as too large.
 */
export function declaredUnpackedBytes(tail: Buffer): number | null {
  let end = -1;
  for (let at = tail.byteLength - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  let at = end - directorySize;
  if (at < 0) return null;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || tail.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const size = tail.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    at += 46 + tail.readUInt16LE(at + 28) + tail.readUInt16LE(at + 30) + tail.readUInt16LE(at + 32);
  }
  return total;
}

/**
 * A small XLSX can unpack to gigabytes (a "zip bomb"); the parser must hold the shared strings, so a
 * workbook that says it unpacks to more than `limit` is refused before it is opened.
 */
export function assertUnpackedSize(tail: Buffer, limit: number): void {
  const unpacked = declaredUnpackedBytes(tail);
  if (unpacked !== null && unpacked > limit) {
    throw new BatchFileError("too_large", `The workbook unpacks to more than ${limit / 1024 / 1024} MiB.`);
  }
}
