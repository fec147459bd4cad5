import { describe, expect, it } from "vitest";
import { isBatchFileError } from "./batch-file-error";
import { MAX_FILE_BYTES, MAX_ROWS } from "./batch-limits";
import { sourceFromBytes, type BatchSource } from "./batch-source";
import { detectFormat, readBatchRows } from "./read-batch-file";
import { cellText } from "./read-xlsx-records";
import { collect, csvSource, xlsxBytes, xlsxSource } from "./testing";
import { declaredUnpackedBytes } from "./zip-entries";

async function read(source: BatchSource) {
  return collect(readBatchRows(source, detectFormat(source)));
}

async function problemOf(source: BatchSource | Promise<BatchSource>): Promise<string> {
  try {
    await read(await source);
  } catch (error) {
    if (isBatchFileError(error)) return error.problem;
    throw error;
  }
  return "none";
}

describe("reading refund files", () => {
  it("reads the template's bilingual CSV, numbering rows from the first after the header", async () => {
    const rows = await read(
      csvSource([
        ["A1001", "12.50", "", ""],
        ["", "", "", ""],
        ["A1002", " 3 ", "R-7", "坏了, 退货"],
      ]),
    );
    expect(rows).toEqual([
      { rowNumber: 1, orderId: "A1001", amountText: "12.50", refundIdText: "", reason: "" },
      { rowNumber: 3, orderId: "A1002", amountText: "3", refundIdText: "R-7", reason: "坏了, 退货" },
    ]);
  });

  it("finds columns by Chinese-only or English-only headers in any order", async () => {
    const chinese = await read(
      csvSource([["备注", "5.00", "O-1"]], "r.csv", ["退款原因", "退款金额", "商户订单号"]),
    );
    expect(chinese[0]).toMatchObject({
      orderId: "O-1",
      amountText: "5.00",
      reason: "备注",
      refundIdText: "",
    });
    const english = await read(
      csvSource([["R1", "O-2", "1"]], "r.csv", ["Refund ID", "Merchant order number", "Refund amount"]),
    );
    expect(english[0]).toMatchObject({ orderId: "O-2", amountText: "1", refundIdText: "R1" });
  });

  it("reads a CSV saved by Chinese Excel in GBK", async () => {
    const text = "商户订单号,退款金额,退款原因\r\nA1,1.00,质量问题\r\n";
    // The GBK bytes of the text above (Node has a GB18030 decoder but no encoder).
    const bytes = Buffer.from(
      "c9ccbba7b6a9b5a5bac52ccdcbbfeebdf0b6ee2ccdcbbfeed4add2f20d0a41312c312e30302cd6cac1bfcecacce20d0a",
      "hex",
    );
    expect(new TextDecoder("gb18030").decode(bytes)).toBe(text);
    const rows = await read(sourceFromBytes("gbk.csv", bytes));
    expect(rows).toEqual([
      { rowNumber: 1, orderId: "A1", amountText: "1.00", refundIdText: "", reason: "质量问题" },
    ]);
  });

  it("reads XLSX cells as text: numbers, rich text, formulas and hyperlinks", async () => {
    const rows = await read(
      await xlsxSource([
        ["A1", 12.5, null, { richText: [{ text: "坏" }, { text: "了" }] }],
        [],
        [{ text: "A2", hyperlink: "https://x.example" }, { formula: "1+1", result: 2 }, "R2", ""],
        ["A3", "12.505", "", ""],
      ]),
    );
    expect(rows).toEqual([
      { rowNumber: 1, orderId: "A1", amountText: "12.5", refundIdText: "", reason: "坏了" },
      { rowNumber: 3, orderId: "A2", amountText: "2", refundIdText: "R2", reason: "" },
      { rowNumber: 4, orderId: "A3", amountText: "12.505", refundIdText: "", reason: "" },
    ]);
    expect(cellText(new Date("2026-01-02T00:00:00Z"))).toBe("2026-01-02T00:00:00.000Z");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });

  it("refuses empty, oversized, wrong-type and broken files with their reason", async () => {
    expect(await problemOf(sourceFromBytes("a.csv", new Uint8Array()))).toBe("empty_file");
    expect(await problemOf({ ...csvSource([["A", "1"]]), size: MAX_FILE_BYTES + 1 })).toBe("too_large");
    expect(await problemOf(sourceFromBytes("a.pdf", Buffer.from("%PDF-1.7\n")))).toBe("wrong_type");
    expect(await problemOf(sourceFromBytes("a.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])))).toBe(
      "wrong_type",
    );
    expect(await problemOf(sourceFromBytes("a.csv", await xlsxBytes([["A", 1]])))).toBe("wrong_type");
    expect(await problemOf(sourceFromBytes("a.xlsx", Buffer.from("order,amount\nA,1\n")))).toBe(
      "broken_file",
    );
    const truncated = (await xlsxBytes([["A1", "1.00"]])).subarray(0, 600);
    expect(await problemOf(sourceFromBytes("a.xlsx", truncated))).toBe("broken_file");
    expect(await problemOf(sourceFromBytes("a.csv", Buffer.from([0xff, 0xfe, 0x00, 0x41])))).toBe(
      "wrong_type",
    );
    expect(await problemOf(sourceFromBytes("a.csv", Buffer.from('商户订单号,退款金额\nA,"1\n')))).toBe(
      "broken_file",
    );
  });

  it("refuses a workbook that says it unpacks to more than 200 MiB (a zip bomb) before opening it", async () => {
    const bytes = await xlsxBytes([["A1", "1.00"]]);
    const unpacked = declaredUnpackedBytes(bytes);
    expect(unpacked).toBeGreaterThan(bytes.byteLength);
    expect(unpacked).toBeLessThan(100_000);
    // Claim 2 GiB for the first entry in the central directory.
    const bomb = Buffer.from(bytes);
    const directory = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0x7fffffff, directory + 24);
    expect(await problemOf(sourceFromBytes("bomb.xlsx", bomb))).toBe("too_large");
  });

  it("stops reading a sheet of endless blank rows", async () => {
    const blank = Array.from({ length: 101_001 }, () => ["", ""]);
    expect(await problemOf(csvSource([...blank, ["A1", "1"]]))).toBe("too_many_rows");
  });

  it("refuses files without the two required columns, without rows, or with too many rows", async () => {
    expect(await problemOf(csvSource([["A", "1"]], "a.csv", ["order", "price"]))).toBe("missing_columns");
    expect(await problemOf(csvSource([], "a.csv"))).toBe("no_rows");
    expect(await problemOf(xlsxSource([], "a.xlsx", []))).toBe("missing_columns");
    const many = Array.from({ length: MAX_ROWS + 1 }, (_, i) => [`A${i}`, "1"]);
    expect(await problemOf(csvSource(many))).toBe("too_many_rows");
  });
});
