// Test support for refund files: sheets built in memory, as CSV text or as an XLSX workbook.
import ExcelJS from "exceljs";
import { TEMPLATE_HEADERS } from "./batch-columns";
import { sourceFromBytes, type BatchSource } from "./batch-source";

export const HEADER = [
  TEMPLATE_HEADERS.orderId,
  TEMPLATE_HEADERS.amount,
  TEMPLATE_HEADERS.refundId,
  TEMPLATE_HEADERS.reason,
];

export function csvSource(rows: string[][], name = "refunds.csv", header = HEADER): BatchSource {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const text = [header, ...rows].map((row) => row.map(quote).join(",")).join("\r\n");
  return sourceFromBytes(name, Buffer.from(`\uFEFF${text}\r\n`, "utf8"));
}

export async function xlsxBytes(rows: unknown[][], header: unknown[] = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("退款");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function xlsxSource(
  rows: unknown[][],
  name = "refunds.xlsx",
  header?: unknown[],
): Promise<BatchSource> {
  return sourceFromBytes(name, await xlsxBytes(rows, header));
}

/** Every row the parser yields, or the problem it refused the file with. */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}
