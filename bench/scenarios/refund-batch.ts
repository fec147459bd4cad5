// Issue 6, item 7: validating a 50,000-row refund file (CSV and XLSX) — parse, check every row against
// the database, store the preview — in under 10 s with memory that does not grow with the file. Each
// measurement runs in a child process of its own (this file, with --child), sampling
// process.memoryUsage() every 50 ms, so the peaks are the validation's alone; 5,000 and 50,000 rows
// are measured in the same run, and flat memory means the two peaks are close.
// Standalone: `npx tsx bench/scenarios/refund-batch.ts` (its own throwaway database; no app needed).
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

export type RefundBatchMeasurement = {
  format: "csv" | "xlsx";
  rows: number;
  fileBytes: number;
  ms: number;
  rowsPerSecond: number;
  validCount: number;
  baselineRssMB: number;
  peakRssMB: number;
  peakHeapUsedMB: number;
  /** Peak RSS above the child's RSS just before it started (the modules loaded, the DB connected). */
  rssGrowthMB: number;
  /** The most heap still in use right after a full GC (forced once a second): what the run holds on to. */
  peakLiveHeapMB: number;
};

export type RefundBatchBenchResult = { measurements: RefundBatchMeasurement[]; goalMs: number; ok: boolean };

const GOAL_MS = 10_000;
const SIZES = [5_000, 50_000];
const MB = 1024 * 1024;
const round = (value: number) => Math.round(value * 10) / 10;

/** Row i of the bench file: mostly valid refunds, with a sprinkling of each kind of mistake. */
function benchRow(i: number): string[] {
  if (i % 100 === 7) return [`BENCH-NONE-${i}`, "1.00", "", ""];
  if (i % 100 === 13) return [`BENCH-${i}`, "1.005", "", ""];
  if (i % 100 === 29) return [`BENCH-${i}`, "999.00", "", "too much"];
  return [`BENCH-${i}`, "12.50", i % 10 === 0 ? `R-BENCH-${i}` : "", i % 3 === 0 ? "退货 returned" : ""];
}

const HEADER = [
  "商户订单号 Merchant order number",
  "退款金额(元) Refund amount (yuan)",
  "退款单号(选填) Refund id (optional)",
  "退款原因(选填) Reason (optional)",
];

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = async (cells: string[]) => {
    if (!out.write(`${cells.join(",")}\r\n`)) await once(out, "drain");
  };
  await write(HEADER);
  for (let i = 1; i <= rows; i++) await write(benchRow(i));
  out.end();
  await once(out, "finish");
}

/** Written with shared strings, as Excel writes text cells: the reader must hold that table. */
async function writeXlsx(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet("退款");
  sheet.addRow(HEADER).commit();
  for (let i = 1; i <= rows; i++) sheet.addRow(benchRow(i)).commit();
  sheet.commit();
  await workbook.commit();
}

/** 50,000 paid payments (¥100.00, paid yesterday) of one merchant, inserted in one statement. */
async function seed(rows: number): Promise<{ merchantId: string; userId: string }> {
  const { db } = await import("@/lib/db");
  const { createMerchant } = await import("@/lib/merchants/create-merchant");
  const { newId } = await import("@/lib/ids");
  const merchant = await createMerchant(db, {
    name: "Bench refund shop",
    email: `bench-refunds-${Date.now()}@example.com`,
    siteUrl: "https://bench.example",
    status: "ACTIVE",
  });
  const userId = newId("usr");
  await db.user.create({ data: { id: userId, email: `${userId}@example.com`, name: "Bench owner" } });
  await db.$executeRaw`
    INSERT INTO "payments" ("id", "merchantId", "orderId", "amount", "subject", "notifyUrl", "returnUrl",
                            "paramsHash", "checkoutToken", "expiresAt", "status", "method", "paidAt", "paidAttemptId",
                            "updatedAt")
    SELECT 'pay_bench_' || i, ${merchant.id}, 'BENCH-' || i, 10000, 'Bench order', 'https://bench.example/n',
           'https://bench.example/r', md5(i::text), 'tok_bench_' || i, now() + interval '1 day', 'SUCCEEDED',
           'WALLET', now() - interval '1 day', 'att_bench_' || i, now()
      FROM generate_series(1, ${rows}) AS i`;
  await db.$executeRawUnsafe(`ANALYZE "payments"`);
  return { merchantId: merchant.id, userId };
}

function runChild(args: string[], databaseUrl: string): Promise<RefundBatchMeasurement> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", self, "--child", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PAYLANE_WORKERS: "off" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const line = output.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return reject(new Error(`refund-batch child exited ${code}: ${output}`));
      resolve(JSON.parse(line) as RefundBatchMeasurement);
    });
  });
}

function measurementLine(m: RefundBatchMeasurement): string {
  return (
    `${m.format.padEnd(4)} ${String(m.rows).padStart(6)} rows (${round(m.fileBytes / MB)} MB): ${m.ms} ms ` +
    `(${m.rowsPerSecond} rows/s, ${m.validCount} valid); peak RSS ${m.peakRssMB} MB ` +
    `(+${m.rssGrowthMB} MB over ${m.baselineRssMB} MB), peak heap ${m.peakHeapUsedMB} MB, ` +
    `live heap after GC ≤ ${m.peakLiveHeapMB} MB`
  );
}

/** The scenario's lines in the printed report. */
export function printRefundBatch(result: RefundBatchBenchResult, out: (line: string) => void): void {
  out("");
  out(
    `refund file validation (stream → check against the DB → stored preview), goal < ${result.goalMs} ms: ${result.ok ? "met" : "MISSED"}`,
  );
  for (const m of result.measurements) out(`    ${measurementLine(m)}`);
}

export async function benchRefundBatch(
  databaseUrl: string,
  log: (line: string) => void,
): Promise<RefundBatchBenchResult> {
  const largest = Math.max(...SIZES);
  log(`  seeding ${largest} paid payments …`);
  const { merchantId, userId } = await seed(largest);
  const dir = await mkdtemp(path.join(tmpdir(), "paylane-refund-bench-"));
  const measurements: RefundBatchMeasurement[] = [];
  try {
    for (const rows of SIZES) {
      for (const format of ["csv", "xlsx"] as const) {
        const file = path.join(dir, `refunds-${rows}.${format}`);
        await (format === "csv" ? writeCsv(file, rows) : writeXlsx(file, rows));
        const m = await runChild([format, file, merchantId, userId, String(rows)], databaseUrl);
        measurements.push(m);
        log(`  ${measurementLine(m)}`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const ok = measurements.every((m) => m.ms < GOAL_MS);
  return { measurements, goalMs: GOAL_MS, ok };
}

/** In the child: one preview of one file, with memory sampled every 50 ms. */
async function child(args: string[]): Promise<void> {
  const [format, file, merchantId, userId, rows] = args;
  if (!format || !file || !merchantId || !userId || !rows)
    throw new Error("usage: --child format file merchant user rows");
  const { db } = await import("@/lib/db");
  const { createRefundBatchPreview, sourceFromPath } = await import("@/lib/refunds/batch");
  await db.$queryRaw`SELECT 1`;
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  let peakLiveHeap = baseline.heapUsed;
  let samples = 0;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    if (++samples % 20 === 0 && global.gc) {
      global.gc();
      peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
    }
  }, 50);
  const started = performance.now();
  const source = await sourceFromPath(path.basename(file), file);
  const batch = await createRefundBatchPreview(db, { merchantId, uploadedByUserId: userId, source });
  const ms = Math.round(performance.now() - started);
  clearInterval(sampler);
  const result: RefundBatchMeasurement = {
    format: format === "xlsx" ? "xlsx" : "csv",
    rows: batch.rowCount,
    fileBytes: (await stat(file)).size,
    ms,
    rowsPerSecond: Math.round((batch.rowCount / ms) * 1000),
    validCount: batch.validCount,
    baselineRssMB: round(baseline.rss / MB),
    peakRssMB: round(peakRss / MB),
    peakHeapUsedMB: round(peakHeap / MB),
    rssGrowthMB: round((peakRss - baseline.rss) / MB),
    peakLiveHeapMB: round(peakLiveHeap / MB),
  };
  if (batch.rowCount !== Number(rows)) throw new Error(`read ${batch.rowCount} rows of ${rows}`);
  await db.$disconnect();
  console.log(JSON.stringify(result));
}

async function standalone(): Promise<void> {
  const { createThrowawayDatabase } = await import("../../test/test-database");
  const database = await createThrowawayDatabase("bench_refunds");
  process.env.DATABASE_URL = database.url;
  try {
    const result = await benchRefundBatch(database.url, console.log);
    console.log(result.ok ? `all under ${GOAL_MS} ms` : `SLOWER than ${GOAL_MS} ms`);
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await database.drop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  await (args[0] === "--child" ? child(args.slice(1)) : standalone());
}
