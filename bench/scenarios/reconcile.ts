// Reconciliation of one bank's day at scale: a settlement file of N lines in ICMB's format (XML, one
// element per line, signed over the whole file), written streaming to a temporary file, against N
// gateway records inserted with generate_series into a throwaway database, with a few mismatches of
// every kind injected. As in production (reconcileBankDay), the bank's file of the day before, of the
// same size, is read alongside: a few of the day's first movements are on it rather than on the day's
// file, and a few of the last are on neither (the bank put them on the next day's), and none of them may
// be reported. Time and peak memory (sampled every 50 ms) are measured for 100,000 and 1,000,000 lines
// in the same run: memory that stays flat from the one to the other is what streaming buys. Runs
// inside `npm run bench`, or alone: `npx tsx bench/scenarios/reconcile.ts [--lines 1000000]`.
import { generateKeyPairSync } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { BANKS } from "@/lib/banks";
import { PaylanePgAdapterFactory } from "@/lib/db/adapter";
import { MIDNIGHT_WINDOW_MS } from "@/lib/reconciliation/reconcile-day";
import { reconcileBankFile } from "@/lib/reconciliation/reconcile-bank-file";
import { MISMATCH_KINDS, type MismatchKind, type ReconciliationResult } from "@/lib/reconciliation/types";
import { bankSettlementFee, settlementFileChunks, type SettlementRecord } from "../../mock-banks";
import { createThrowawayDatabase } from "../../test/test-database";

const BANK = "icmb";
const DATE = "2026-11-20";
const PREVIOUS_DATE = "2026-11-19";
const DAY_START = new Date(`${DATE}T00:00:00+08:00`);
const DAY_SECONDS = 86_400;
/** One payment in FAULT_EVERY gets each kind of fault (at different offsets), refunds none. */
const FAULT_EVERY = 50_000;
/** One payment in CROSS_EVERY of the day's first and last minutes is on a neighbouring day's file. */
const CROSS_EVERY = 7;

type Crossings = { previous: number; next: number };

export type ReconcileRun = {
  lines: number;
  fileMB: number;
  /** The day before's file, read alongside (same size, other movements). */
  previousFileMB: number;
  /** Writing the file and inserting the gateway's rows: setup, not reconciliation. */
  setupSeconds: { file: number; database: number };
  /** Verification pass (signature, layout, order, trailer) and the merge pass with the gateway's rows. */
  seconds: { verify: number; reconcile: number; total: number };
  linesPerSecond: number;
  memoryMB: { baselineRss: number; peakRss: number; peakHeapUsed: number; peakLiveHeap: number };
  injected: Record<MismatchKind, number>;
  found: Record<MismatchKind, number>;
  /** Payments the bank dated on the day before (on its file) or after (on no file here): no cases. */
  crossed: Crossings;
  midnight: ReconciliationResult["midnight"];
  correct: boolean;
};

export type ReconcileBenchResult = { bank: string; runs: ReconcileRun[]; flatMemory: string };

const amountOf = (i: number): bigint => 100n + BigInt((i * 7919) % 1_000_000);
const refundOf = (i: number): bigint => (amountOf(i) / 2n > 0n ? amountOf(i) / 2n : 1n);
const timeOf = (i: number): Date => new Date(DAY_START.getTime() + ((i * 37) % 86_400) * 1000);
const id = (prefix: string, i: number) => `${prefix}_${String(i).padStart(10, "0")}`;

/**
 * Whether payment i, recorded by the gateway within the midnight window, was put by the bank on the
 * file of the day before or after. Fault slots keep their fault.
 */
function crossing(i: number): "previous" | "next" | null {
  const slot = i % FAULT_EVERY;
  if ((slot >= 1 && slot <= 5) || i % CROSS_EVERY !== 0) return null;
  const second = (i * 37) % DAY_SECONDS;
  const window = MIDNIGHT_WINDOW_MS / 1000;
  if (second < window) return "previous";
  if (second >= DAY_SECONDS - window) return "next";
  return null;
}

function paymentRecord(i: number): SettlementRecord {
  const amount = amountOf(i);
  return {
    kind: "payment",
    reference: id("att", i),
    bankRef: `T${i}`,
    amount,
    fee: bankSettlementFee(BANK, "payment", amount),
    status: "succeeded",
    at: timeOf(i),
  };
}

/** The bank's side: every payment and refund of the day in reference order, with the faults. */
function* bankRecords(
  payments: number,
  refunds: number,
  injected: Record<MismatchKind, number>,
  crossed: Crossings,
) {
  const fee = (kind: "payment" | "refund", amount: bigint) => bankSettlementFee(BANK, kind, amount);
  for (let i = 1; i <= payments; i++) {
    const amount = amountOf(i);
    const record = paymentRecord(i);
    const side = crossing(i);
    if (side) {
      crossed[side] += 1;
      continue;
    }
    const slot = i % FAULT_EVERY;
    if (slot === 1) {
      injected.missing_at_bank += 1;
      continue;
    }
    if (slot === 2) {
      injected.status_differs += 1;
      Object.assign(record, { status: "failed", fee: 0n });
    } else if (slot === 3) {
      injected.amount_differs += 1;
      Object.assign(record, { amount: amount + 1n, fee: fee("payment", amount + 1n) });
    } else if (slot === 4) {
      injected.fee_differs += 1;
      record.fee += 1n;
    }
    yield record;
    if (slot === 5) {
      // Sorts right after its neighbour: "att_…05p" < "att_…06".
      injected.missing_at_gateway += 1;
      yield { ...record, reference: `${record.reference}p`, bankRef: `X${i}` };
    }
  }
  for (let i = 1; i <= refunds; i++) {
    const amount = refundOf(i);
    yield {
      kind: "refund" as const,
      reference: id("rf", i),
      bankRef: `RB${i}`,
      amount,
      fee: fee("refund", amount),
      status: "succeeded" as const,
      at: timeOf(i),
    };
  }
}

/**
 * The bank's file of the day before: as many movements of that day, whose references interleave with
 * the day's ("att_…01" < "att_…01y" < "att_…02"), and the day's payments the bank approved just before
 * midnight. The gateway's rows of that day are not needed: only the day's records are looked up in it.
 */
function* previousDayRecords(payments: number, refunds: number) {
  const dayBefore = (i: number) => new Date(timeOf(i).getTime() - DAY_SECONDS * 1000);
  for (let i = 1; i <= payments; i++) {
    if (crossing(i) === "previous") yield { ...paymentRecord(i), at: new Date(DAY_START.getTime() - 100) };
    yield { ...paymentRecord(i), reference: `${id("att", i)}y`, bankRef: `P${i}`, at: dayBefore(i) };
  }
  for (let i = 1; i <= refunds; i++) {
    const amount = refundOf(i);
    yield {
      kind: "refund" as const,
      reference: `${id("rf", i)}y`,
      bankRef: `PR${i}`,
      amount,
      fee: bankSettlementFee(BANK, "refund", amount),
      status: "succeeded" as const,
      at: dayBefore(i),
    };
  }
}

/** The gateway's side: the same day as rows of payments, attempts and refunds, in a few statements. */
async function seedGateway(databaseUrl: string, payments: number, refunds: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const amount = "(100 + (i::bigint * 7919) % 1000000)";
  const at = `(timestamptz '${DAY_START.toISOString()}' + ((i * 37) % 86400) * interval '1 second') AT TIME ZONE 'UTC'`;
  const pad = (prefix: string) => `'${prefix}_' || lpad(i::text, 10, '0')`;
  try {
    await client.query("TRUNCATE refunds, payment_attempts, payments, merchants CASCADE");
    await client.query(
      `INSERT INTO merchants (id, name, email, "siteUrl", "updatedAt")
       VALUES ('mer_bench', 'Bench', 'bench@example.com', 'https://bench.example', now())`,
    );
    await client.query(
      `INSERT INTO payments (id, "merchantId", "orderId", amount, subject, "notifyUrl", "returnUrl",
                             "paramsHash", "checkoutToken", "expiresAt", "updatedAt")
       SELECT ${pad("pay")}, 'mer_bench', 'O' || i, ${amount}, 'Bench', 'https://bench.example/n',
              'https://bench.example/r', 'h', 'tok' || i, ${at} + interval '1 day', now()
         FROM generate_series(1, $1) i`,
      [payments],
    );
    await client.query(
      `INSERT INTO payment_attempts (id, "paymentId", method, "bankCode", amount, status, "bankTxnId",
                                     "decidedAt", "updatedAt")
       SELECT ${pad("att")}, ${pad("pay")}, 'BANK_CARD', $2, ${amount}, 'APPROVED', 'T' || i, ${at}, now()
         FROM generate_series(1, $1) i`,
      [payments, BANK],
    );
    await client.query(
      `INSERT INTO refunds (id, "merchantId", "paymentId", "refundId", amount, status, route, "bankCode",
                            "bankRefundId", "paramsHash", source, "fromPending", "completedAt", "updatedAt")
       SELECT ${pad("rf")}, 'mer_bench', ${pad("pay")}, 'R' || i, greatest(1, ${amount} / 2), 'SUCCEEDED',
              'BANK', $2, 'RB' || i, 'h', 'api', greatest(1, ${amount} / 2), ${at}, now()
         FROM generate_series(1, $1) i`,
      [refunds, BANK],
    );
    // As autovacuum would leave a settled table: statistics, visibility map and hint bits in place.
    await client.query("VACUUM ANALYZE payments, payment_attempts, refunds");
  } finally {
    await client.end();
  }
}

// A full collection on demand, without starting node with --expose-gc: the live heap (what survives a
// collection) is what must stay flat; heapUsed between collections also counts garbage not yet freed.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

/**
 * Samples this process's memory every 50 ms (peak RSS and heap used), and once a second after a full
 * collection (peak live heap; the collections cost a few percent of the run's time).
 */
function memorySampler() {
  let peakRss = 0;
  let peakHeapUsed = 0;
  let peakLiveHeap = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeapUsed = Math.max(peakHeapUsed, heapUsed);
  };
  const sampleLive = () => {
    collectGarbage();
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
  };
  sample();
  const timers = [setInterval(sample, 50), setInterval(sampleLive, 1000)];
  return {
    stop() {
      for (const timer of timers) clearInterval(timer);
      sample();
      return { peakRss, peakHeapUsed, peakLiveHeap };
    },
  };
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
const seconds = (from: number) => Math.round((performance.now() - from) / 10) / 100;
const zero = () => Object.fromEntries(MISMATCH_KINDS.map((k) => [k, 0])) as Record<MismatchKind, number>;

async function runOnce(
  db: PrismaClient,
  databaseUrl: string,
  dir: string,
  lines: number,
  log: (line: string) => void,
): Promise<ReconcileRun> {
  const refunds = Math.round(lines / 10);
  const payments = lines - refunds;
  const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privateKeyPem = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const file = path.join(dir, `${BANK}-${lines}.xml`);
  const previousFile = path.join(dir, `${BANK}-${lines}-previous.xml`);
  const injected = zero();
  const crossed: Crossings = { previous: 0, next: 0 };

  let started = performance.now();
  const chunks = settlementFileChunks(
    BANK,
    { date: DATE, records: bankRecords(payments, refunds, injected, crossed) },
    privateKeyPem,
  );
  await pipeline(Readable.from(chunks), createWriteStream(file));
  const previousChunks = settlementFileChunks(
    BANK,
    { date: PREVIOUS_DATE, records: previousDayRecords(payments, refunds) },
    privateKeyPem,
  );
  await pipeline(Readable.from(previousChunks), createWriteStream(previousFile));
  const fileSeconds = seconds(started);
  started = performance.now();
  await seedGateway(databaseUrl, payments, refunds);
  const databaseSeconds = seconds(started);
  const fileMB = mb(statSync(file).size);
  const previousFileMB = mb(statSync(previousFile).size);
  log(
    `  ${lines.toLocaleString("en")} lines: files ${fileMB} + ${previousFileMB} MB (the day before) in ${fileSeconds} s, gateway rows in ${databaseSeconds} s`,
  );

  const descriptor = BANKS.find((bank) => bank.code === BANK);
  if (!descriptor) throw new Error(`no bank ${BANK}`);
  const connector = descriptor.createConnector({
    baseUrl: "http://bank.invalid",
    signer: { sign: () => "" },
    bankPublicKeyPem: keys.publicKey.export({ type: "spki", format: "pem" }).toString(),
  });
  collectGarbage();
  const baselineRss = process.memoryUsage().rss;
  const sampler = memorySampler();
  started = performance.now();
  const opened = await connector.readSettlementFile(DATE, () => createReadStream(file));
  const openedPrevious = await connector.readSettlementFile(PREVIOUS_DATE, () =>
    createReadStream(previousFile),
  );
  const verifySeconds = seconds(started);
  const found = zero();
  const mergeStarted = performance.now();
  const result: ReconciliationResult = await reconcileBankFile(db, {
    file: opened,
    previousFile: openedPrevious,
    fees: descriptor.fees,
    onMismatch: (mismatch) => void (found[mismatch.kind] += 1),
  });
  const reconcileSeconds = seconds(mergeStarted);
  const total = seconds(started);
  const peaks = sampler.stop();
  const correct =
    MISMATCH_KINDS.every(
      (kind) => result.mismatches[kind] === injected[kind] && found[kind] === injected[kind],
    ) &&
    result.matched ===
      lines -
        injected.missing_at_bank -
        injected.status_differs -
        injected.amount_differs -
        injected.fee_differs -
        crossed.previous -
        crossed.next &&
    result.midnight.onPreviousFile === crossed.previous &&
    result.midnight.leftToNextDay === crossed.next &&
    result.midnight.matchedAcross === 0;
  rmSync(file, { force: true });
  rmSync(previousFile, { force: true });
  return {
    lines,
    fileMB,
    previousFileMB,
    setupSeconds: { file: fileSeconds, database: databaseSeconds },
    seconds: { verify: verifySeconds, reconcile: reconcileSeconds, total },
    linesPerSecond: Math.round(lines / total),
    memoryMB: {
      baselineRss: mb(baselineRss),
      peakRss: mb(peaks.peakRss),
      peakHeapUsed: mb(peaks.peakHeapUsed),
      peakLiveHeap: mb(peaks.peakLiveHeap),
    },
    injected,
    found,
    crossed,
    midnight: result.midnight,
    correct,
  };
}

/** The scenario: 100,000 then `lines` (default 1,000,000) lines, each on a fresh set of gateway rows. */
export async function benchReconcile(options: {
  lines?: number;
  quick?: boolean;
  log: (line: string) => void;
}): Promise<ReconcileBenchResult> {
  const { log } = options;
  const big = options.lines ?? (options.quick ? 300_000 : 1_000_000);
  const sizes = big > 100_000 ? [100_000, big] : [big];
  const WARM_UP = 2_000;
  log(`creating the reconciliation database (migrations) …`);
  const database = await createThrowawayDatabase("reconcile");
  const db = new PrismaClient({ adapter: new PaylanePgAdapterFactory(database.url, 4) });
  const dir = mkdtempSync(path.join(tmpdir(), "paylane-reconcile-bench-"));
  const runs: ReconcileRun[] = [];
  try {
    // The first reconciliation in a process pays for loading and compiling the query path: not measured.
    await runOnce(db, database.url, dir, WARM_UP, () => {});
    for (const lines of sizes) {
      const run = await runOnce(db, database.url, dir, lines, log);
      runs.push(run);
      log(
        `  ${lines.toLocaleString("en")} lines reconciled in ${run.seconds.total} s ` +
          `(verify ${run.seconds.verify} s + merge ${run.seconds.reconcile} s, ${run.linesPerSecond.toLocaleString("en")} lines/s); ` +
          `RSS ${run.memoryMB.baselineRss} → peak ${run.memoryMB.peakRss} MB, peak heap ${run.memoryMB.peakHeapUsed} MB, ` +
          `peak live heap ${run.memoryMB.peakLiveHeap} MB; ` +
          `mismatches ${JSON.stringify(run.found)}, midnight ${JSON.stringify(run.midnight)} ` +
          `${run.correct ? "= injected ✓" : `≠ injected ${JSON.stringify({ ...run.injected, crossed: run.crossed })} ✗`}`,
      );
    }
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
  const [small, large] = [runs[0], runs.at(-1)];
  const flatMemory =
    small && large && small !== large
      ? `${small.lines.toLocaleString("en")} → ${large.lines.toLocaleString("en")} lines: peak RSS ${small.memoryMB.peakRss} → ${large.memoryMB.peakRss} MB, peak heap ${small.memoryMB.peakHeapUsed} → ${large.memoryMB.peakHeapUsed} MB, peak live heap ${small.memoryMB.peakLiveHeap} → ${large.memoryMB.peakLiveHeap} MB`
      : "one size only";
  log(`  memory: ${flatMemory}`);
  if (runs.some((run) => !run.correct))
    throw new Error("reconciliation found other mismatches than were injected");
  return { bank: BANK, runs, flatMemory };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { lines: { type: "string" } } });
  await benchReconcile({
    lines: values.lines ? Number(values.lines) : undefined,
    log: (line) => console.log(line),
  });
}
