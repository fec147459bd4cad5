// Property-based tests: thousands of random wallet-to-wallet transfers, run concurrently (each in its
// own transaction, batches of up to ~30 at once over a small pool of accounts, so they contend for the
// same rows), with amounts that often exceed what the payer has. After every batch the database must
// agree with a model that knows only which transfers succeeded, and every outcome the model can
// determine (affordable in every order, or in none) must be the one that happened.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newId } from "@/lib/ids";
import { accounts, type AccountSpec } from "./accounts";
import { checkLedger } from "./check";
import { credit, debit, transferLines, type EntryInput } from "./entry";
import { InsufficientFundsError } from "./errors";
import { getBalances } from "./get-balance";
import { postEntryStandalone } from "./post-entry";

afterAll(async () => {
  await db.$disconnect();
});

type Transfer = { from: number; to: number; amount: bigint };
type Batch = { transfers: Transfer[]; retries: number[] };
type Scenario = { initial: bigint[]; batches: Batch[] };
type Attempt = { transfer: Transfer; input: EntryInput; outcome?: "posted" | "replayed" | "refused" };

const stats = { runs: 0, attempts: 0, posted: 0, refused: 0, replayed: 0, determined: 0 };

// Amounts from tiny to more than any balance, so that both outcomes are common.
const amountArb = fc.oneof(fc.bigInt({ min: 1n, max: 500n }), fc.bigInt({ min: 1n, max: 6_000n }));

function transferArb(pool: number): fc.Arbitrary<Transfer> {
  return fc
    .record({ from: fc.nat(pool - 1), offset: fc.nat(pool - 2), amount: amountArb })
    .map(({ from, offset, amount }) => ({ from, to: (from + 1 + offset) % pool, amount }));
}

/** Any transfers, sources repeated, payers also paid: full contention. */
function contendedScenario(batches: number): fc.Arbitrary<Scenario> {
  return fc.integer({ min: 3, max: 8 }).chain((pool) =>
    fc.record({
      initial: fc.array(fc.bigInt({ min: 0n, max: 5_000n }), { minLength: pool, maxLength: pool }),
      batches: fc.array(
        fc.record({
          transfers: fc.array(transferArb(pool), { minLength: 1, maxLength: 28 }),
          // Retries of earlier transfers (same event): a no-op if it was posted, a new attempt if refused.
          retries: fc.array(fc.nat(), { maxLength: 4 }),
        }),
        { minLength: batches, maxLength: batches },
      ),
    }),
  );
}

/** Within a batch each payer pays once and is not paid: every outcome follows from the batch's start. */
function disjointScenario(batches: number): fc.Arbitrary<Scenario> {
  const pool = 12;
  const batchArb = fc
    .record({
      order: fc.shuffledSubarray([...Array(pool).keys()], { minLength: pool, maxLength: pool }),
      payers: fc.integer({ min: 1, max: pool - 1 }),
      picks: fc.array(fc.record({ to: fc.nat(), amount: amountArb }), { minLength: pool, maxLength: pool }),
    })
    .map(({ order, payers, picks }): Batch => {
      const sources = order.slice(0, payers);
      const sinks = order.slice(payers);
      const transfers = sources.map((from, i) => {
        const pick = picks[i] ?? { to: 0, amount: 1n };
        return { from, to: sinks[pick.to % sinks.length] ?? 0, amount: pick.amount };
      });
      return { transfers, retries: [] };
    });
  return fc.record({
    initial: fc.array(fc.bigInt({ min: 0n, max: 5_000n }), { minLength: pool, maxLength: pool }),
    batches: fc.array(batchArb, { minLength: batches, maxLength: batches }),
  });
}

async function openWallets(initial: bigint[]): Promise<AccountSpec[]> {
  const wallets = initial.map(() => accounts.wallet(newId("usr")));
  const funded = wallets.flatMap((wallet, i) => {
    const amount = initial[i] ?? 0n;
    return amount > 0n ? [credit(wallet, amount)] : [];
  });
  const total = initial.reduce((sum, amount) => sum + amount, 0n);
  if (total > 0n) {
    await postEntryStandalone(db, {
      eventType: "test.funding",
      eventId: newId("evt"),
      description: "property test funding",
      lines: [debit(accounts.demoFunding(), total), ...funded],
    });
  }
  return wallets;
}

async function attempt(wallets: AccountSpec[], entry: Attempt): Promise<void> {
  try {
    const result = await postEntryStandalone(db, entry.input);
    entry.outcome = result.posted ? "posted" : "replayed";
  } catch (error) {
    // The only acceptable failure: the payer's balance would go negative.
    if (!(error instanceof InsufficientFundsError)) throw error;
    expect(error.accountCode).toBe(wallets[entry.transfer.from]?.code);
    entry.outcome = "refused";
  }
}

/**
 * Runs a scenario batch by batch and checks it against the model. `exact` asserts that the model could
 * determine every outcome (the disjoint scenarios are built so that it can).
 */
async function runScenario(scenario: Scenario, exact: boolean): Promise<void> {
  const wallets = await openWallets(scenario.initial);
  const codes = wallets.map((w) => w.code);
  const model = [...scenario.initial];
  const history: Attempt[] = [];
  stats.runs++;

  for (const batch of scenario.batches) {
    const fresh = batch.transfers.map((transfer): Attempt => ({
      transfer,
      input: {
        eventType: "test.transfer",
        eventId: newId("evt"),
        description: "property test transfer",
        lines: transferLines(
          wallets[transfer.from] ?? accounts.wallet("missing"),
          wallets[transfer.to] ?? accounts.wallet("missing"),
          transfer.amount,
        ),
      },
    }));
    const retried = history.length === 0 ? [] : batch.retries.map((i) => history[i % history.length]);
    const retries = [...new Set(retried)].flatMap((original) =>
      original
        ? [{ original, moves: original.outcome === "refused", entry: { ...original, outcome: undefined } }]
        : [],
    );
    const batchAttempts: Attempt[] = [...fresh, ...retries.map((retry) => retry.entry)];
    // A retry of a posted event moves no money; a retry of a refused one is a new attempt.
    const moves = (i: number) => i < fresh.length || retries[i - fresh.length]?.moves === true;

    // Bounds on each payer's balance during the batch, whatever order the database serialises it in.
    const moving = batchAttempts.filter((_, i) => moves(i));
    const outgoing = model.map((_, account) =>
      moving.filter((a) => a.transfer.from === account).reduce((sum, a) => sum + a.transfer.amount, 0n),
    );
    const incoming = model.map((_, account) =>
      moving.filter((a) => a.transfer.to === account).reduce((sum, a) => sum + a.transfer.amount, 0n),
    );

    const startOfBatch = [...model];
    await Promise.all(batchAttempts.map((entry) => attempt(wallets, entry)));

    for (const [i, entry] of batchAttempts.entries()) {
      const { from, to, amount } = entry.transfer;
      stats.attempts++;
      if (!moves(i)) {
        // A retry of a posted event: idempotent, nothing moves.
        expect(entry.outcome).toBe("replayed");
        stats.replayed++;
        continue;
      }
      const start = startOfBatch[from] ?? 0n;
      // Affordable in every order: the payer covers it even if all its other payments go first and
      // nothing comes in. Affordable in no order: more than the payer has even if everything comes in.
      const mustSucceed = amount <= start - (outgoing[from] ?? 0n) + amount;
      const mustFail = amount > start + (incoming[from] ?? 0n);
      if (mustSucceed || mustFail) stats.determined++;
      else expect(exact).toBe(false);
      if (mustSucceed) expect(entry.outcome).toBe("posted");
      if (mustFail) expect(entry.outcome).toBe("refused");
      expect(entry.outcome === "posted" || entry.outcome === "refused").toBe(true);
      if (entry.outcome === "posted") {
        stats.posted++;
        model[from] = (model[from] ?? 0n) - amount;
        model[to] = (model[to] ?? 0n) + amount;
      } else {
        stats.refused++;
      }
    }
    history.push(...fresh);
    for (const retry of retries) if (retry.entry.outcome === "posted") retry.original.outcome = "posted";

    // The database agrees with the model of successful transfers; nobody went negative.
    const balances = await getBalances(db, wallets);
    expect(codes.map((code) => balances.get(code))).toEqual(model);
    expect(model.every((balance) => balance >= 0n)).toBe(true);
  }

  // Money is conserved: transfers only move it around the pool.
  const total = (list: bigint[]) => list.reduce((sum, amount) => sum + amount, 0n);
  expect(total(model)).toBe(total(scenario.initial));

  // Each stored balance equals the sum of its postings (the trigger kept up under contention).
  const rows = await db.$queryRaw<{ code: string; balance: bigint; net: bigint }[]>`
    SELECT a.code, a.balance, COALESCE(SUM(p.amount), 0)::bigint AS net
      FROM ledger_accounts a LEFT JOIN postings p ON p."accountId" = a.id
     WHERE a.code = ANY(${codes}::text[])
     GROUP BY a.code, a.balance`;
  for (const row of rows) expect(row.balance).toBe(row.net);
}

describe("concurrent transfers (property-based)", () => {
  it("conserve money, never overdraw, and refuse exactly what no order could afford", async () => {
    await fc.assert(
      fc.asyncProperty(contendedScenario(14), (scenario) => runScenario(scenario, false)),
      { numRuns: 18, endOnFailure: true },
    );
  });

  it("match a sequential model exactly when each payer pays once per batch", async () => {
    await fc.assert(
      fc.asyncProperty(disjointScenario(30), (scenario) => runScenario(scenario, true)),
      { numRuns: 10, endOnFailure: true },
    );
  });

  it("leave a ledger that passes every invariant check", async () => {
    const report = await checkLedger(db);
    expect(report.breaches).toEqual([]);
    expect(report.ok).toBe(true);
    expect(stats.attempts).toBeGreaterThan(3_000);
    expect(stats.posted).toBeGreaterThan(stats.attempts / 10);
    expect(stats.refused).toBeGreaterThan(stats.attempts / 20);
    console.info(`[ledger property] ${JSON.stringify(stats)}; ledger: ${JSON.stringify(report.counts)}`);
  });
});
