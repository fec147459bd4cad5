import path from "node:path";
import { mapColumns, type ColumnMap } from "./batch-columns";
import { BatchFileError } from "./batch-file-error";
import {
  MAX_CELL_CHARS,
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_SHEET_LINES,
  MAX_XLSX_UNPACKED_BYTES,
} from "./batch-limits";
import type { BatchSource } from "./batch-source";
import { csvEncoding, readCsvRecords } from "./read-csv-records";
import { readXlsxRecords } from "./read-xlsx-records";
import type { SheetRecord } from "./sheet-record";
import { assertUnpackedSize } from "./zip-entries";

export type BatchFileFormat = "csv" | "xlsx";

/** One data row's cells as typed (trimmed); `rowNumber` 1 is the first row after the header. */
export type BatchRowText = {
  rowNumber: number;
  orderId: string;
  amountText: string;
  refundIdText: string;
  reason: string;
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// The legacy binary Excel format (.xls) and other OLE documents.
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * CSV or XLSX, judged by the content and the name together: a renamed PDF is not a CSV, an .xls is
 * not an .xlsx, and a file named .xlsx that is not a zip is a broken spreadsheet.
 */
export function detectFormat(source: Pick<BatchSource, "name" | "size" | "head" | "tail">): BatchFileFormat {
  if (source.size === 0) throw new BatchFileError("empty_file", "The file is empty.");
  if (source.size > MAX_FILE_BYTES) {
    throw new BatchFileError("too_large", `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB.`);
  }
  const extension = path.extname(source.name).toLowerCase();
  const zip = source.head.subarray(0, 4).equals(ZIP_MAGIC);
  if (extension === ".xlsx") {
    if (!zip) throw new BatchFileError("broken_file", "The file is named .xlsx but is not an XLSX workbook.");
    assertUnpackedSize(source.tail, MAX_XLSX_UNPACKED_BYTES);
    return "xlsx";
  }
  if (extension === ".csv" || extension === ".txt") {
    if (zip || source.head.subarray(0, 4).equals(OLE_MAGIC) || source.head.includes(0)) {
      throw new BatchFileError("wrong_type", "The file is named .csv but is not text.");
    }
    return "csv";
  }
  throw new BatchFileError("wrong_type", "Only .csv and .xlsx files can be uploaded.");
}

function records(source: BatchSource, format: BatchFileFormat): AsyncGenerator<SheetRecord> {
  return format === "xlsx"
    ? readXlsxRecords(source.open())
    : readCsvRecords(source.open(), csvEncoding(source.head));
}

const cell = (cells: string[], index: number | undefined) =>
  index === undefined ? "" : (cells[index] ?? "").trim().slice(0, MAX_CELL_CHARS);

function requireColumns(
  columns: ColumnMap,
): asserts columns is ColumnMap & { orderId: number; amount: number } {
  if (columns.orderId === undefined || columns.amount === undefined) {
    throw new BatchFileError(
      "missing_columns",
      "The first row must name the columns: merchant order number (商户订单号) and refund amount (退款金额).",
    );
  }
}

/**
 * The file's data rows, streamed: the first non-empty row is the header (columns found by name, in any
 * order), empty rows are skipped but keep their numbers, and the file is refused as soon as it has more
 * than MAX_ROWS rows, so a huge sheet costs no more than reading that far.
 */
export async function* readBatchRows(
  source: BatchSource,
  format: BatchFileFormat,
): AsyncGenerator<BatchRowText> {
  let columns: (ColumnMap & { orderId: number; amount: number }) | null = null;
  let headerLine = 0;
  let count = 0;
  for await (const record of records(source, format)) {
    if (record.line > MAX_SHEET_LINES) {
      throw new BatchFileError("too_many_rows", `The file has more than ${MAX_SHEET_LINES} lines; split it.`);
    }
    if (record.cells.every((value) => value.trim() === "")) continue;
    if (!columns) {
      const found = mapColumns(record.cells);
      requireColumns(found);
      columns = found;
      headerLine = record.line;
      continue;
    }
    if (++count > MAX_ROWS) {
      throw new BatchFileError("too_many_rows", `The file has more than ${MAX_ROWS} rows; split it.`);
    }
    yield {
      rowNumber: record.line - headerLine,
      orderId: cell(record.cells, columns.orderId),
      amountText: cell(record.cells, columns.amount),
      refundIdText: cell(record.cells, columns.refundId),
      reason: cell(record.cells, columns.reason),
    };
  }
  if (!columns) throw new BatchFileError("missing_columns", "The file has no header row.");
  if (count === 0) throw new BatchFileError("no_rows", "The file has a header but no rows.");
}
