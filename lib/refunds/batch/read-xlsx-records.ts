import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { BatchFileError } from "./batch-file-error";
import type { SheetRecord } from "./sheet-record";

/** A cell as the text a person sees: numbers as typed (12.5 → "12.5"), rich text joined, formulas' results. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) {
      return value.richText.map((part: unknown) => cellText((part as { text?: unknown }).text)).join("");
    }
    if ("result" in value) return cellText(value.result);
    if ("text" in value) return cellText(value.text);
    if ("error" in value) return cellText(value.error);
  }
  return "";
}

/**
 * The first worksheet's rows, streamed: the zip is read entry by entry and rows are handed on as they
 * are parsed, so memory does not grow with the sheet (apart from the shared-string table, which Excel
 * keeps for text cells and which must be held to read them).
 */
export async function* readXlsxRecords(input: Readable): AsyncGenerator<SheetRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets++;
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        // row.values is 1-based and sparse: column A is index 1.
        const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) =>
          cellText(values[i + 1]),
        );
        yield { line: row.number, cells };
      }
      break;
    }
  } catch (error) {
    if (error instanceof BatchFileError) throw error;
    throw new BatchFileError("broken_file", `The XLSX file cannot be read: ${String(error)}`);
  } finally {
    input.destroy();
  }
  if (sheets === 0) throw new BatchFileError("broken_file", "The XLSX file has no worksheet.");
}
