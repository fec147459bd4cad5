import pg from "pg";

// Pending bank-card payments, each with its pending attempt, for the ledger ceiling to complete: the
// state the gateway's payments are in when the bank's approval arrives. Inserted with plain SQL in
// bulk (the gateway's create path is not what the ceiling measures), numbered so that the pgbench
// script takes them one by one from a sequence.

const BANKS = ["icmb", "ccmb", "mcmb"];

export type Fixture = {
  label: string;
  /** How many payments exist so far; top up with `add` before a longer run. */
  size: number;
  add: (count: number) => Promise<void>;
  /** Payments the runs have taken so far. */
  used: () => Promise<number>;
  close: () => Promise<void>;
};

export async function createFixture(
  databaseUrl: string,
  label: string,
  merchantIds: readonly string[],
  notifyUrl: string,
): Promise<Fixture> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`CREATE SEQUENCE IF NOT EXISTS "pgb${label}_next"`);
  const fixture: Fixture = {
    label,
    size: 0,
    add: async (count) => {
      const from = fixture.size + 1;
      const to = fixture.size + count;
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO payments (id, "merchantId", "orderId", amount, currency, subject, "notifyUrl", "returnUrl",
                               metadata, status, "paramsHash", "checkoutToken", "expiresAt", "createdAt", "updatedAt")
         SELECT 'pgb' || $1 || '_' || n, ($2::text[])[1 + n % cardinality($2::text[])], 'PGB-' || $1 || '-' || n,
                1999, 'CNY', 'Bench mug', $3, $3, '{}', 'PENDING', 'pgbench', 'pgbtok' || $1 || '_' || n,
                now() + interval '1 day', now(), now()
           FROM generate_series($4::int, $5::int) AS n`,
        [label, merchantIds, notifyUrl, from, to],
      );
      // nextQueryAt stays empty: the gateway's background query must never ask a bank about these.
      await client.query(
        `INSERT INTO payment_attempts (id, "paymentId", method, "bankCode", amount, currency, status, "createdAt", "updatedAt")
         SELECT 'pgbatt' || $1 || '_' || n, 'pgb' || $1 || '_' || n, 'BANK_CARD', ($2::text[])[1 + n % 3], 1999, 'CNY',
                'PENDING', now(), now()
           FROM generate_series($3::int, $4::int) AS n`,
        [label, BANKS, from, to],
      );
      await client.query("COMMIT");
      await client.query("ANALYZE payments, payment_attempts");
      fixture.size = to;
    },
    used: async () => {
      const result = await client.query(`SELECT last_value, is_called FROM "pgb${label}_next"`);
      const row: unknown = result.rows[0];
      const last = Number(row && typeof row === "object" ? Reflect.get(row, "last_value") : 0);
      const called = Boolean(row && typeof row === "object" ? Reflect.get(row, "is_called") : false);
      return called ? last : 0;
    },
    close: () => client.end(),
  };
  return fixture;
}
