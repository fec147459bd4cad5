import pg from "pg";

// PostgreSQL's own counters, read before and after a scenario: transactions, rows written per table,
// scans and WAL. Divided by the payments the scenario completed they say what one payment costs the
// database (pg_stat_statements is not available here). Backends publish their counters at most once
// a second, hence the pause before reading.

type TableCounters = {
  ins: number;
  upd: number;
  hot: number;
  seqScan: number;
  seqRead: number;
  idxScan: number;
};

export type PgSnapshot = {
  commits: number;
  rollbacks: number;
  inserted: number;
  updated: number;
  fetched: number;
  walRecords: number;
  walBytes: number;
  walSyncs: number;
  tables: Record<string, TableCounters>;
};

const num = (value: unknown) => Number(value ?? 0);

export async function pgSnapshot(databaseUrl: string): Promise<PgSnapshot> {
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const db = await client.query(
      `SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_fetched
         FROM pg_stat_database WHERE datname = current_database()`,
    );
    const wal = await client.query(`SELECT wal_records, wal_bytes, wal_sync FROM pg_stat_wal`);
    const tables = await client.query(
      `SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, seq_scan, seq_tup_read, idx_scan
         FROM pg_stat_user_tables`,
    );
    const d = db.rows[0] ?? {};
    const w = wal.rows[0] ?? {};
    return {
      commits: num(d.xact_commit),
      rollbacks: num(d.xact_rollback),
      inserted: num(d.tup_inserted),
      updated: num(d.tup_updated),
      fetched: num(d.tup_fetched),
      walRecords: num(w.wal_records),
      walBytes: num(w.wal_bytes),
      walSyncs: num(w.wal_sync),
      tables: Object.fromEntries(
        tables.rows.map((row) => [
          String(row.relname),
          {
            ins: num(row.n_tup_ins),
            upd: num(row.n_tup_upd),
            hot: num(row.n_tup_hot_upd),
            seqScan: num(row.seq_scan),
            seqRead: num(row.seq_tup_read),
            idxScan: num(row.idx_scan),
          },
        ]),
      ),
    };
  } finally {
    await client.end();
  }
}

export type PgCostPerPayment = {
  /** Committed transactions (every statement outside BEGIN … COMMIT is one) per payment. */
  commitsPerPayment: number;
  rollbacksPerPayment: number;
  rowsInsertedPerPayment: number;
  rowsUpdatedPerPayment: number;
  walKBPerPayment: number;
  /** WAL flushes per payment (below 1 when commits share a flush: group commit). */
  walSyncsPerPayment: number;
  /** Rows written and scans per payment, by table (tables with any activity). */
  tables: Record<
    string,
    { ins: number; upd: number; seqScans: number; seqRowsRead: number; idxScans: number }
  >;
};

export function pgCostPerPayment(before: PgSnapshot, after: PgSnapshot, payments: number): PgCostPerPayment {
  const per = (value: number) => Math.round((value / Math.max(1, payments)) * 100) / 100;
  const tables: PgCostPerPayment["tables"] = {};
  for (const [name, a] of Object.entries(after.tables)) {
    const b = before.tables[name] ?? { ins: 0, upd: 0, hot: 0, seqScan: 0, seqRead: 0, idxScan: 0 };
    const row = {
      ins: per(a.ins - b.ins),
      upd: per(a.upd - b.upd),
      seqScans: per(a.seqScan - b.seqScan),
      seqRowsRead: per(a.seqRead - b.seqRead),
      idxScans: per(a.idxScan - b.idxScan),
    };
    if (Object.values(row).some((v) => v !== 0)) tables[name] = row;
  }
  return {
    commitsPerPayment: per(after.commits - before.commits),
    rollbacksPerPayment: per(after.rollbacks - before.rollbacks),
    rowsInsertedPerPayment: per(after.inserted - before.inserted),
    rowsUpdatedPerPayment: per(after.updated - before.updated),
    walKBPerPayment: per((after.walBytes - before.walBytes) / 1024),
    walSyncsPerPayment: per(after.walSyncs - before.walSyncs),
    tables,
  };
}
