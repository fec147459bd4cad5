import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { BatchFileFormat } from "./read-batch-file";

export type SheetColumn = { header: string; width?: number };

/**
 * Spreadsheet programs run a CSV cell that starts with = + - @ as a formula; what users typed into a
 * file comes back in the results, so such cells are written with a leading apostrophe.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

async function* csvLines(columns: SheetColumn[], rows: AsyncIterable<string[]>): AsyncGenerator<string> {
  // The BOM makes Excel read the file as UTF-8 (Chinese headers) instead of the ANSI code page.
  yield `\uFEFF${columns.map((column) => csvCell(column.header)).join(",")}\r\n`;
  for await (const row of rows) yield `${row.map(csvCell).join(",")}\r\n`;
}

async function writeXlsx(
  out: PassThrough,
  columns: SheetColumn[],
  rows: AsyncIterable<string[]>,
  sheetName: string,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName);
  // Text cells: Excel would otherwise turn 12.50 into 12.5 and long order numbers into 1.2E+19.
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width ?? 20,
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  for await (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

/** A sheet streamed as it is written (the rows are read as the consumer reads the bytes). */
export function writeSheet(
  format: BatchFileFormat,
  columns: SheetColumn[],
  rows: AsyncIterable<string[]>,
  sheetName = "Refunds",
): Readable {
  if (format === "csv") return Readable.from(csvLines(columns, rows));
  const out = new PassThrough();
  writeXlsx(out, columns, rows, sheetName).catch((error: unknown) => out.destroy(error as Error));
  return out;
}
