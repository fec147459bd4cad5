import type { Readable } from "node:stream";
import { COLUMN_ORDER, TEMPLATE_HEADERS } from "./batch-columns";
import type { BatchFileFormat } from "./read-batch-file";
import { writeSheet } from "./write-sheet";

async function* noRows(): AsyncGenerator<string[]> {}

/** The empty form users fill in: one header row, Chinese and English in each header cell. */
export function refundBatchTemplate(format: BatchFileFormat): Readable {
  return writeSheet(
    format,
    COLUMN_ORDER.map((column) => ({
      header: TEMPLATE_HEADERS[column],
      width: column === "reason" ? 40 : 32,
    })),
    noRows(),
  );
}

export function templateFileName(format: BatchFileFormat): string {
  return `paylane-refunds-template.${format}`;
}
