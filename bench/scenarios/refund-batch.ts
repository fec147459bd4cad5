// Issue 6, item 7: validating a 50,000-row refund file (CSV and XLSX) — parse, check every row against
// the database, store the preview — in under 10 s with memory that does not grow with the file. Each
// measurement runs twice, each time in a child process of its own (this file, with --child), so the
// peaks are the validation's alone: once timed, sampling process.memoryUsage() every 50 ms (peak RSS and
// heap), and once with a full GC every 100 ms (the live heap: what survives a collection), which would
// slow the timed run. 5,000 and 50,000 rows are measured in the same run; flat memory means close peaks.
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
  /**
   * The most heap still in use right after a full GC, forced every 100 ms in a second, untimed run of the
   * same file: what the validation holds on to.
   */
  peakLiveHeapMB: number;
  /** How many forced collections that peak is the highest of. */
  liveHeapSamples: number;
  /**
   * The most RSS right after one of those collections: what the process needs. The timed run's peak
   * also counts garbage V8 lets pile up between collections, more of it the longer the run.
   */
  peakRssAfterGcMB: number;
};

type MemoryRun = Pick<RefundBatchMeasurement, "peakLiveHeapMB" | "liveHeapSamples" | "peakRssAfterGcMB">;
type TimedRun = Omit<RefundBatchMeasurement, keyof MemoryRun>;

export type RefundBatchBenchResult = { measurements: RefundBatchMeasurement[]; goalMs: number; ok: boolean };

const GOAL_MS = 10_000;
const SIZES = [5_000, 50_000];
const MB = 1024 * 1024;
const LIVE_HEAP_EVERY_MS = 100;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Row i of the bench file: mostly valid refunds of ¥12.50 (each payment is ¥100.00), with a sprinkling
 * of each kind of mistake and of rows judged with the earlier rows of the file: a line pasted twice, a
 * second refund of a payment that fits, one that does not, and one that fits after that refused one.
 */
function benchRow(i: number): string[] {
  if (i % 100 === 7) return [`BENCH-NONE-${i}`, "1.00", "", ""];
  if (i % 100 === 13) return [`BENCH-${i}`, "1.005", "", ""];
  if (i % 100 === 29) return [`BENCH-${i}`, "999.00", "", "too much"];
  if (i % 100 === 41) return benchRow(i - 1);
  if (i % 100 === 53) return [`BENCH-${i - 1}`, "80.00", "", ""];
  if (i % 100 === 67) return [`BENCH-${i - 1}`, "90.00", "", ""];
  if (i % 100 === 68) return [`BENCH-${i - 2}`, "87.50", "", ""];
  return [`BENCH-${i}`, "12.50", i % 10 === 0 ? `R-BENCH-${i}` : "", i % 3 === 0 ? "退货 returned" : ""];
}

/** The rows of a file of `rows` rows that can be refunded: a check that the bench measures right answers. */
function expectedValid(rows: number): number {
  let valid = 0;
  for (let i = 1; i <= rows; i++) if (![7, 13, 29, 41, 67].includes(i % 100)) valid++;
  return valid;
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

function runChild<T>(args: string[], databaseUrl: string): Promise<T> {
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
      resolve(JSON.parse(line) as T);
    });
  });
}

function measurementLine(m: RefundBatchMeasurement): string {
  return (
    `${m.format.padEnd(4)} ${String(m.rows).padStart(6)} rows (${round(m.fileBytes / MB)} MB): ${m.ms} ms ` +
    `(${m.rowsPerSecond} rows/s, ${m.validCount} valid); peak RSS ${m.peakRssMB} MB ` +
    `(+${m.rssGrowthMB} MB over ${m.baselineRssMB} MB), peak heap ${m.peakHeapUsedMB} MB, ` +
    `after a GC (every ${LIVE_HEAP_EVERY_MS} ms, ${m.liveHeapSamples} of them): ` +
    `live heap ≤ ${m.peakLiveHeapMB} MB, RSS ≤ ${m.peakRssAfterGcMB} MB`
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
        const args = [format, file, merchantId, userId, String(rows)];
        const timed = await runChild<TimedRun>(["timed", ...args], databaseUrl);
        const memory = await runChild<MemoryRun>(["memory", ...args], databaseUrl);
        const m = { ...timed, ...memory };
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

/**
 * In the child: one preview of one file, timed with memory sampled every 50 ms, or for the live heap
 * with a full GC every LIVE_HEAP_EVERY_MS (and one when it is done), memory sampled right after each.
 */
async function child(args: string[]): Promise<void> {
  const [mode, format, file, merchantId, userId, rows] = args;
  if ((mode !== "timed" && mode !== "memory") || !format || !file || !merchantId || !userId || !rows)
    throw new Error("usage: --child timed|memory format file merchant user rows");
  const { db } = await import("@/lib/db");
  const { createRefundBatchPreview, sourceFromPath } = await import("@/lib/refunds/batch");
  await db.$queryRaw`SELECT 1`;
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  let peakLiveHeap = baseline.heapUsed;
  let peakRssAfterGc = 0;
  let liveHeapSamples = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const sampleLive = () => {
    global.gc?.();
    const usage = process.memoryUsage();
    peakLiveHeap = Math.max(peakLiveHeap, usage.heapUsed);
    peakRssAfterGc = Math.max(peakRssAfterGc, usage.rss);
    liveHeapSamples++;
  };
  const sampler = mode === "memory" ? setInterval(sampleLive, LIVE_HEAP_EVERY_MS) : setInterval(sample, 50);
  const started = performance.now();
  const source = await sourceFromPath(path.basename(file), file);
  const batch = await createRefundBatchPreview(db, { merchantId, uploadedByUserId: userId, source });
  const ms = Math.round(performance.now() - started);
  clearInterval(sampler);
  if (batch.rowCount !== Number(rows)) throw new Error(`read ${batch.rowCount} rows of ${rows}`);
  if (batch.validCount !== expectedValid(Number(rows)))
    throw new Error(`${batch.validCount} valid rows, expected ${expectedValid(Number(rows))}`);
  let result: TimedRun | MemoryRun;
  if (mode === "memory") {
    sampleLive();
    result = {
      peakLiveHeapMB: round(peakLiveHeap / MB),
      liveHeapSamples,
      peakRssAfterGcMB: round(peakRssAfterGc / MB),
    };
  } else {
    result = {
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
    };
  }
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
